package org.goldenthread.child;

import java.time.LocalDate;
import java.util.UUID;

/** A team member as pages and the API show them. */
public record TeamMemberView(
    UUID id,
    UUID userId,
    String name,
    TeamRole role,
    String organisation,
    LocalDate startOn,
    LocalDate endOn,
    String commitment,
    boolean lead,
    ConsentStatus consent,
    long version) {}
