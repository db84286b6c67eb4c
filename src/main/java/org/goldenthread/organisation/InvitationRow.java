package org.goldenthread.organisation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Role;

/**
 * One invitation as the list shows it, with its dates as people read them (22 November 2026).
 *
 * @param organisationName null for a role held nowhere
 */
record InvitationRow(
    String email,
    String name,
    Role role,
    String organisationName,
    InvitationSummary.State state,
    String sentOn,
    String expiresOn) {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ENGLAND);

  static InvitationRow of(InvitationSummary invitation, Map<UUID, String> names, Instant now) {
    return new InvitationRow(
        invitation.email(),
        invitation.name(),
        invitation.role(),
        invitation.organisationId() == null ? null : names.get(invitation.organisationId()),
        invitation.state(now),
        date(invitation.sentAt()),
        date(invitation.expiresAt()));
  }

  private static String date(Instant instant) {
    return instant == null ? null : DATE.format(instant);
  }

  /** The GOV.UK tag colour of the state. */
  public String stateClasses() {
    return switch (state) {
      case PENDING -> "govuk-tag--blue";
      case ACCEPTED -> "govuk-tag--green";
      case EXPIRED -> "govuk-tag--grey";
    };
  }
}
