package org.goldenthread.organisation;

import java.util.UUID;

/**
 * What is entered to create or edit a support service, as typed (it is trimmed and checked).
 *
 * @param authorityId optional
 * @param email optional
 */
public record ServiceDetails(String name, ServiceKind kind, UUID authorityId, String email) {}
