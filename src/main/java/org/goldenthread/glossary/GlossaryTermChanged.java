package org.goldenthread.glossary;

import java.util.UUID;

/** An administrator changed the explanation of a glossary term. */
public record GlossaryTermChanged(String slug, UUID by) {}
