package org.goldenthread.child;

import java.util.UUID;

/**
 * One entry of a person on a child's family record ({@link FamilyTies}). An entry with a limit on
 * what its person is told lets them into nothing: the door refuses them the child whatever else
 * they are.
 */
public record FamilyTie(UUID childId, boolean parentalResponsibility, boolean informationLimited) {}
