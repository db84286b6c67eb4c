package org.goldenthread.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds what the mail about a meeting says, and its calendar file: who it goes to (with their
 * email addresses, read when it is sent), the link to the meeting's page, the summary line.
 */
@Component
class MeetingNotices {

  private final Accounts accounts;
  private final MessageSource messages;
  private final Clock clock;
  private final String baseUrl;

  MeetingNotices(
      Accounts accounts,
      MessageSource messages,
      Clock clock,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.accounts = accounts;
    this.messages = messages;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** The notice with a calendar file of this method (null: no calendar file). */
  MeetingNotice notice(Meeting meeting, String childName, CalendarFile.Method method) {
    List<Recipient> recipients = recipients(meeting.invitees());
    return new MeetingNotice(
        meeting.id(),
        meeting.childId(),
        childName,
        meeting.kind(),
        meeting.startsAt(),
        meeting.durationMinutes(),
        meeting.location(),
        meeting.agenda(),
        meeting.organiserName(),
        recipients,
        link(meeting.id()),
        method == null ? null : calendar(meeting, childName, method),
        meeting.calendarSequence());
  }

  /** The calendar file of the meeting as it stands: a cancellation once it is cancelled. */
  String calendar(Meeting meeting, String childName) {
    return calendar(
        meeting,
        childName,
        meeting.storedStatus() == MeetingStatus.CANCELLED
            ? CalendarFile.Method.CANCEL
            : CalendarFile.Method.REQUEST);
  }

  String calendar(Meeting meeting, String childName, CalendarFile.Method method) {
    return CalendarFile.write(
        new CalendarFile.Event(
            method,
            meeting.calendarUid(),
            meeting.calendarSequence(),
            clock.instant(),
            meeting.startsAt(),
            meeting.endsAt(),
            summary(meeting.kind(), childName),
            meeting.location(),
            description(meeting),
            recipient(meeting.organiserId(), meeting.organiserName()),
            recipients(meeting.invitees())));
  }

  List<Recipient> recipients(List<Invitee> invitees) {
    return invitees.stream()
        .map(i -> recipient(i.userId(), i.view().name()))
        .filter(r -> r.email() != null)
        .toList();
  }

  String summary(MeetingKind kind, String childName) {
    return messages.getMessage(
        "meeting.calendar.summary",
        new Object[] {
          messages.getMessage("meeting.kind." + kind.name(), null, Locale.UK), childName
        },
        Locale.UK);
  }

  private String description(Meeting meeting) {
    List<String> agenda = meeting.agenda();
    StringBuilder out =
        new StringBuilder(messages.getMessage("meeting.calendar.agenda", null, Locale.UK));
    IntStream.range(0, agenda.size())
        .forEach(i -> out.append('\n').append(i + 1).append(". ").append(agenda.get(i)));
    out.append("\n\n")
        .append(
            messages.getMessage(
                "meeting.calendar.link", new Object[] {link(meeting.id())}, Locale.UK));
    return out.toString();
  }

  private Recipient recipient(UUID userId, String name) {
    String email = accounts.findById(userId).map(CurrentUser::email).orElse(null);
    return new Recipient(userId, name, email);
  }

  /** The host part of calendar UIDs: this installation's host name. */
  String calendarDomain() {
    String host = java.net.URI.create(baseUrl).getHost();
    return host == null || host.isBlank() ? "goldenthread.example" : host;
  }

  String link(UUID meetingId) {
    return baseUrl + "/meetings/" + meetingId;
  }
}
