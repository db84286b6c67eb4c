package org.goldenthread.message;

import java.util.UUID;

/** What a thread is about, and the page it links to. */
public record ThreadAbout(AboutKind kind, UUID id, String link) {}
