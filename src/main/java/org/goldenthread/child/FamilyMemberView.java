package org.goldenthread.child;

import java.util.UUID;

/** A parent or carer as pages and the API show them. */
public record FamilyMemberView(
    UUID id,
    UUID userId,
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
    String limitationNote,
    long version) {}
