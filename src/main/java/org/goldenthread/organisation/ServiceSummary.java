package org.goldenthread.organisation;

import java.util.UUID;

/**
 * A support service as other capabilities see it.
 *
 * @param authorityId the authority the service works for, or null for one that is not tied to an
 *     authority (a national charity, a private therapist)
 * @param authorityName the name of that authority, or null
 * @param email the service's contact email address, or null
 * @param version the version to send back with an edit
 */
public record ServiceSummary(
    UUID id,
    String name,
    ServiceKind kind,
    UUID authorityId,
    String authorityName,
    String email,
    long version) {}
