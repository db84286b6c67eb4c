package org.goldenthread.organisation;

import java.util.UUID;

/**
 * A local authority as other capabilities see it.
 *
 * @param code the 3-digit local authority code (for example 318)
 * @param version the version to send back with an edit
 */
public record LocalAuthoritySummary(UUID id, String name, String code, long version) {}
