package org.goldenthread.family;

/**
 * What the family asks professionals to take into account: culture, religion, parenting
 * arrangements and circumstances, with the version read (0 before it is first saved).
 */
public record FamilyContextView(
    String culture,
    String religion,
    String parentingArrangements,
    String circumstances,
    long version) {}
