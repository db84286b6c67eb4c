package org.goldenthread.meeting;

import java.util.UUID;

/**
 * Someone who may be invited to a child's meeting or own one of its actions: a parent or carer with
 * an account, or a current member of the Team Around the Child who may see the child. {@code role}
 * is a team role name (as {@code TeamRole}) or {@code PARENT_CARER}; {@code alwaysInvited} marks
 * the parents, who are invited to every meeting.
 */
public record Invitable(UUID userId, String name, String role, boolean alwaysInvited) {}
