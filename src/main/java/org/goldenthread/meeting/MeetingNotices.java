package org.goldenthread.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds what the letters about a meeting say, and its calendar file: who they go to (the invitees,
 * with their email addresses read when it is sent, and the parents on the family record who are not
 * invitees), who sent them, the link to the meeting's page, the summary line.
 */
@Component
class MeetingNotices {

  private final Accounts accounts;
  private final Children children;
  private final FamilyLetters family;
  private final MeetingSenders senders;
  private final MessageSource messages;
  private final Clock clock;
  private final String baseUrl;

  MeetingNotices(
      Accounts accounts,
      Children children,
      FamilyLetters family,
      MeetingSenders senders,
      MessageSource messages,
      Clock clock,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.accounts = accounts;
    this.children = children;
    this.family = family;
    this.senders = senders;
    this.messages = messages;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /**
   * The notice of what {@code actor} did, with a calendar file of this method (null: no calendar
   * file).
   */
  MeetingNotice notice(Meeting meeting, AccessibleChild actor, CalendarFile.Method method) {
    ChildSummary child = children.find(meeting.childId()).orElseThrow(NotFound::error);
    String childName = child.displayName();
    return new MeetingNotice(
        meeting.id(),
        meeting.childId(),
        childName,
        child.schoolName(),
        meeting.kind(),
        meeting.startsAt(),
        meeting.durationMinutes(),
        meeting.location(),
        meeting.agenda(),
        senders.of(actor, child.schoolName()),
        recipients(meeting.invitees()),
        parentsNotInvited(meeting).stream()
            .map(parent -> new FamilyRecipient(parent.memberId(), parent.name()))
            .toList(),
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
            attendees(meeting)));
  }

  /** The invitees, then the parents on the family record who are not invitees. */
  private List<Recipient> attendees(Meeting meeting) {
    List<Recipient> everyone = new ArrayList<>(recipients(meeting.invitees()));
    for (FamilyAddressee parent : parentsNotInvited(meeting)) {
      String email =
          parent.userId() == null
              ? parent.email()
              : accounts.findById(parent.userId()).map(CurrentUser::email).orElse(null);
      if (email != null) {
        everyone.add(new Recipient(parent.userId(), parent.name(), email));
      }
    }
    return everyone;
  }

  /**
   * The parents with parental responsibility and no limit who are not invitees: those with no
   * account yet, and those given one since the invitees were last set. They are sent every letter.
   */
  private List<FamilyAddressee> parentsNotInvited(Meeting meeting) {
    return family.parents(meeting.childId()).stream()
        .filter(parent -> parent.userId() == null || !meeting.invites(parent.userId()))
        .toList();
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
