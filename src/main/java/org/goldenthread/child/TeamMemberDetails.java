package org.goldenthread.child;

import java.time.LocalDate;
import java.util.UUID;

/** What is entered about a team member, as typed. */
public record TeamMemberDetails(
    UUID userId,
    String name,
    TeamRole role,
    String organisation,
    LocalDate startOn,
    LocalDate endOn,
    String commitment) {}
