package org.goldenthread.meeting;

import java.util.UUID;

/**
 * A parent with parental responsibility whom a meeting's letters reach from the child's family
 * record, although they are not on its invitees: known only by their email address (no account
 * yet), or given an account since the meeting's invitees were last set. Their entry on the record
 * is read again when each letter is sent.
 */
public record FamilyRecipient(UUID memberId, String name) {}
