package org.goldenthread.identity;

import java.util.UUID;

/**
 * An invitation to be sent: who, in what role and at which organisation (a school for school staff,
 * an authority for officers, a service for professionals; none for administrators and parents).
 */
public record NewInvitation(String email, String name, Role role, UUID organisationId) {}
