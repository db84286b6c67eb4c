package org.goldenthread.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;

/**
 * What the mocked services of a child slice answer: a child's record and team. The record is the
 * family's slices' too.
 */
public final class ChildViews {

  private ChildViews() {}

  /** The record of a child the door opened, as {@link Children#get} answers it. */
  public static ChildSummary record(AccessibleChild child) {
    String[] names = child.displayName().split(" ", 2);
    return new ChildSummary(
        child.id(),
        names[0],
        names[1],
        null,
        LocalDate.of(2017, 3, 27),
        null,
        child.schoolId(),
        "Riverside Academy",
        "4",
        SenStatus.K,
        NeedCode.SLCN,
        null,
        List.of("ENG"),
        false,
        null,
        3);
  }

  /** A current team member (not the lead), from 1 September 2026, at version 4. */
  static TeamMemberView teamMember(UUID userId, String name, TeamRole role, ConsentStatus consent) {
    return new TeamMemberView(
        UUID.randomUUID(),
        userId,
        name,
        role,
        "Northshire SLT",
        LocalDate.of(2026, 9, 1),
        null,
        "Weekly sessions in school",
        false,
        consent,
        4);
  }

  /** The same team member as the lead professional. */
  static TeamMemberView asLead(TeamMemberView m) {
    return new TeamMemberView(
        m.id(),
        m.userId(),
        m.name(),
        m.role(),
        m.organisation(),
        m.startOn(),
        m.endOn(),
        m.commitment(),
        true,
        m.consent(),
        m.version());
  }

  /** A primary school of this id, as the organisations answer it. */
  static SchoolSummary school(UUID id, String name) {
    return new SchoolSummary(
        id, "118234", name, SchoolPhase.PRIMARY, UUID.randomUUID(), "Northshire", 1);
  }
}
