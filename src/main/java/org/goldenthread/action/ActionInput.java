package org.goldenthread.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action agreed at a meeting: what will be done, by whom (one owner: a team member or a parent
 * with an account) and by when (not before the meeting's date).
 */
public record ActionInput(String description, UUID ownerId, LocalDate dueOn) {}
