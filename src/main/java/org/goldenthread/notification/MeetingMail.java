package org.goldenthread.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.goldenthread.action.ActionView;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.inbox.InboxKind;
import org.goldenthread.meeting.FamilyRecipient;
import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.MeetingChanged;
import org.goldenthread.meeting.MeetingClosed;
import org.goldenthread.meeting.MeetingNotice;
import org.goldenthread.meeting.Recipient;
import org.goldenthread.meeting.WhatHappensNext;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.notification.ChildMail.Reader;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The letters about meetings: an invitation with the calendar file attached, the update or
 * cancellation with a new calendar file (same UID, higher SEQUENCE), the notice to someone no
 * longer invited, and after closing the summary of what happens next. Each goes to every invitee
 * and to every parent with parental responsibility on the family record, whatever the invitees are;
 * a parent with no account yet gets it at the address on the record, with a link to create one.
 * Each names the child, the school and who did it, says what to do next and links to the meeting's
 * page, and goes out through {@link ChildMail}, so that no one who may no longer hear about the
 * child receives it.
 */
@Component
class MeetingMail {

  private final ChildMail mail;
  private final FamilyLetters family;
  private final MessageSource messages;
  private final Dates dates;

  MeetingMail(ChildMail mail, FamilyLetters family, MessageSource messages, Dates dates) {
    this.mail = mail;
    this.family = family;
    this.messages = messages;
    this.dates = dates;
  }

  @ApplicationModuleListener
  void on(MeetingBooked event) {
    toEveryone(event.notice(), "invitation", calendar(event.notice(), "REQUEST"), null);
  }

  @ApplicationModuleListener
  void on(MeetingChanged event) {
    MeetingNotice notice = event.notice();
    toEveryone(notice, "update", calendar(notice, "REQUEST"), null);
    for (Recipient person : event.uninvited()) {
      List<MailAttachment> cancellation =
          List.of(MailAttachment.calendar(event.cancellation(), "CANCEL"));
      send(notice, new Addressee.Account(person.userId()), "uninvited", cancellation, null);
    }
  }

  @ApplicationModuleListener
  void on(MeetingCancelled event) {
    toEveryone(event.notice(), "cancelled", calendar(event.notice(), "CANCEL"), null);
  }

  @ApplicationModuleListener
  void on(MeetingClosed event) {
    toEveryone(event.notice(), "closed", List.of(), summary(event.next()));
  }

  /** The invitees, then the parents on the family record who are not invitees. */
  private void toEveryone(
      MeetingNotice notice, String which, List<MailAttachment> files, String next) {
    for (Recipient person : notice.recipients()) {
      send(notice, new Addressee.Account(person.userId()), which, files, next);
    }
    for (FamilyRecipient parent : notice.family()) {
      send(notice, new Addressee.FamilyMember(parent.memberId(), true), which, files, next);
    }
  }

  private void send(
      MeetingNotice notice, Addressee to, String which, List<MailAttachment> files, String next) {
    mail.send(
        notice.childId(),
        to,
        "meeting." + which,
        InboxKind.MEETING,
        reader -> letter(notice, which, reader, files, next));
  }

  private Letter letter(
      MeetingNotice notice, String which, Reader reader, List<MailAttachment> files, String next) {
    String subject =
        text(
            "mail.meeting." + which + ".subject",
            kind(notice),
            notice.childName(),
            notice.schoolName(),
            dates.date(notice.startsAt()));
    String body =
        text(
                "mail.meeting." + which + ".body",
                reader.name(),
                text("mail.sender", notice.sender().name(), notice.sender().role()),
                kind(notice),
                notice.childName(),
                notice.schoolName(),
                dates.dateTime(notice.startsAt()),
                notice.durationMinutes(),
                notice.location(),
                agenda(notice.agenda()),
                notice.link(),
                next,
                notice.sender().name())
            + newcomer(notice, reader)
            + "\n\n"
            + text("mail.footer.for", notice.schoolName());
    return new Letter(subject, body, files);
  }

  /**
   * For a parent with no account yet, a link to create one that connects it to the child's record
   * (a new one in each letter, each working once for seven days).
   */
  private String newcomer(MeetingNotice notice, Reader reader) {
    if (reader.hasAccount()) {
      return "";
    }
    String paragraph =
        family
            .accountLink(notice.childId(), reader.familyMemberId(), notice.sender().userId())
            .map(
                link ->
                    text(
                        "mail.meeting.newcomer",
                        notice.childName(),
                        dates.dateTime(link.expiresAt()),
                        link.url(),
                        notice.schoolName()))
            .orElseGet(
                () ->
                    text(
                        "mail.meeting.newcomer.noLink",
                        notice.childName(),
                        null,
                        null,
                        notice.schoolName()));
    return "\n\n" + paragraph;
  }

  private static List<MailAttachment> calendar(MeetingNotice notice, String method) {
    return List.of(MailAttachment.calendar(notice.calendar(), method));
  }

  private String summary(WhatHappensNext next) {
    StringBuilder out = new StringBuilder();
    List<ActionView> actions = next.actions();
    if (actions.isEmpty()) {
      out.append(text("mail.meeting.closed.noActions"));
    } else {
      out.append(text("mail.meeting.closed.actions"));
      for (ActionView action : actions) {
        out.append('\n')
            .append(
                text(
                    "mail.meeting.closed.action." + action.status().name(),
                    action.ownerName(),
                    action.description(),
                    date(action.dueOn())));
      }
    }
    out.append("\n\n");
    if (next.nextMeeting() != null) {
      out.append(
          text("mail.meeting.closed.nextMeeting", dates.dateTime(next.nextMeeting().startsAt())));
    } else if (next.followUpOn() != null) {
      out.append(text("mail.meeting.closed.nextMeeting", date(next.followUpOn())));
    } else {
      out.append(text("mail.meeting.closed.noNextMeeting", next.noFollowUpReason()));
    }
    return out.toString();
  }

  private String agenda(List<String> items) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + ". " + items.get(i))
        .collect(Collectors.joining("\n"));
  }

  private String kind(MeetingNotice notice) {
    return text("meeting.kind." + notice.kind().name());
  }

  private String date(LocalDate date) {
    return dates.date(date);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Language.current().locale());
  }
}
