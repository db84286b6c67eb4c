package org.goldenthread.child;

import java.util.UUID;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/**
 * A team member as typed. On adding, the email of an existing account links the member to that
 * person, who then sees the child (with consent, for an outside professional).
 */
record TeamMemberForm(
    String email,
    String name,
    String role,
    String organisation,
    DateInput startOn,
    DateInput endOn,
    String commitment,
    Long version) {

  static TeamMemberForm empty() {
    return new TeamMemberForm(
        null, null, null, null, DateInput.empty(), DateInput.empty(), null, null);
  }

  static TeamMemberForm of(TeamMemberView m) {
    return new TeamMemberForm(
        null,
        m.name(),
        m.role().name(),
        m.organisation(),
        DateInput.of(m.startOn()),
        DateInput.of(m.endOn()),
        m.commitment(),
        m.version());
  }

  /** The details; a member's role is fixed once they are on the team (give it, or null). */
  TeamMemberDetails details(UUID userId, TeamRole fixedRole) {
    return new TeamMemberDetails(
        userId,
        name,
        fixedRole != null ? fixedRole : PageForms.choice(TeamRole.class, role),
        organisation,
        date(startOn),
        date(endOn),
        commitment);
  }

  private static java.time.LocalDate date(DateInput date) {
    return date == null ? null : date.toLocalDate().orElse(null);
  }
}
