package org.goldenthread.family;

import java.util.UUID;

/**
 * The school invited a family member to the child's record: the letter with the link (which names
 * the child, the school and who sent it) goes to the address on the record, if they are still on it
 * and no limit is recorded on them when it is sent. {@link #toString()} leaves the link out.
 */
public record FamilyMemberInvited(UUID childId, UUID memberId, UUID invitedBy, AccountLink link) {}
