package org.goldenthread.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.goldenthread.meeting.ActionView;
import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.MeetingChanged;
import org.goldenthread.meeting.MeetingClosed;
import org.goldenthread.meeting.MeetingNotice;
import org.goldenthread.meeting.Recipient;
import org.goldenthread.meeting.WhatHappensNext;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails about meetings: an invitation to each invitee with the calendar file attached, the
 * update or cancellation with a new calendar file (same UID, higher SEQUENCE), and after closing
 * the summary of what happens next. Each goes out through {@link ChildMail}, so that no one who may
 * no longer see the child receives it.
 */
@Component
class MeetingMail {

  private final ChildMail mail;
  private final MessageSource messages;
  private final Dates dates;

  MeetingMail(ChildMail mail, MessageSource messages, Dates dates) {
    this.mail = mail;
    this.messages = messages;
    this.dates = dates;
  }

  @ApplicationModuleListener
  void on(MeetingBooked event) {
    send(event.notice(), "invitation", event.notice().recipients(), "REQUEST");
  }

  @ApplicationModuleListener
  void on(MeetingChanged event) {
    send(event.notice(), "update", event.notice().recipients(), "REQUEST");
    MeetingNotice notice = event.notice();
    for (Recipient person : event.uninvited()) {
      send(
          notice,
          person,
          new Letter(
              "meeting.uninvited",
              text("mail.meeting.uninvited.subject", kind(notice), notice.childName()),
              text(
                  "mail.meeting.uninvited.body",
                  person.name(),
                  kind(notice),
                  notice.childName(),
                  dates.dateTime(notice.startsAt())),
              List.of(MailAttachment.calendar(event.cancellation(), "CANCEL"))));
    }
  }

  @ApplicationModuleListener
  void on(MeetingCancelled event) {
    send(event.notice(), "cancelled", event.notice().recipients(), "CANCEL");
  }

  @ApplicationModuleListener
  void on(MeetingClosed event) {
    MeetingNotice notice = event.notice();
    String summary = summary(event.next());
    for (Recipient person : notice.recipients()) {
      send(
          notice,
          person,
          new Letter(
              "meeting.closed",
              text("mail.meeting.closed.subject", kind(notice), notice.childName()),
              text(
                  "mail.meeting.closed.body",
                  person.name(),
                  kind(notice),
                  notice.childName(),
                  dates.dateTime(notice.startsAt()),
                  summary,
                  notice.link()),
              List.of()));
    }
  }

  private void send(MeetingNotice notice, String which, List<Recipient> to, String method) {
    for (Recipient person : to) {
      send(
          notice,
          person,
          new Letter(
              "meeting." + which,
              text(
                  "mail.meeting." + which + ".subject",
                  kind(notice),
                  notice.childName(),
                  dates.date(notice.startsAt())),
              text(
                  "mail.meeting." + which + ".body",
                  person.name(),
                  notice.organiserName(),
                  kind(notice),
                  notice.childName(),
                  dates.dateTime(notice.startsAt()),
                  notice.durationMinutes(),
                  notice.location(),
                  agenda(notice.agenda()),
                  notice.link()),
              List.of(MailAttachment.calendar(notice.calendar(), method))));
    }
  }

  private void send(MeetingNotice notice, Recipient person, Letter letter) {
    mail.send(notice.childId(), new Addressee.Account(person.userId()), letter);
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
    return messages.getMessage(key, args, Locale.UK);
  }
}
