package org.goldenthread.child;

/** What is entered about a parent or carer, as typed. */
public record FamilyMemberDetails(
    String name,
    String email,
    String phone,
    FamilyRelationship relationship,
    boolean parentalResponsibility,
    String household,
    String preferredLanguage,
    PreferredFormat preferredFormat,
    ContactChannel contactChannel,
    boolean informationLimited,
    String limitationNote) {}
