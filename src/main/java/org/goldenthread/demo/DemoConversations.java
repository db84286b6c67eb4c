package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.contact.ContactHow;
import org.goldenthread.contact.ContactLog;
import org.goldenthread.contact.NewContact;
import org.goldenthread.family.ContactChannel;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.family.PreferredFormat;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingStatus;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.message.AboutKind;
import org.goldenthread.message.MessageView;
import org.goldenthread.message.Messages;
import org.goldenthread.message.NewMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo messages and contact log: a conversation between Sarah's mother and the SENCO about
 * Sarah's next meeting, whose last message the mother has not read yet; two contacts with Sarah's
 * family in the log; and Oliver Nowak's mother, who prefers a phone call in Polish with an
 * interpreter, last in touch nine weeks ago, so that the SENCO's home prompts her to get back in
 * touch. Loaded once: nothing is added when Sarah already has a conversation.
 */
@Component
@Order(8)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoConversations implements DemoStep {

  private final DemoPeople people;
  private final ChildAccess access;
  private final Messages messages;
  private final ContactLog log;
  private final Meetings meetings;
  private final Families families;
  private final DemoSql sql;
  private final Clock clock;

  DemoConversations(
      DemoPeople people,
      ChildAccess access,
      Messages messages,
      ContactLog log,
      Meetings meetings,
      Families families,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.messages = messages;
    this.log = log;
    this.meetings = meetings;
    this.families = families;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    CurrentUser mother = people.user("parent@example.org");
    ChildSummary sarah = people.pupil(senco, DemoChildren.SARAH_UPN).orElse(null);
    if (sarah == null) {
      return;
    }
    AccessibleChild asSenco = access.open(senco, sarah.id());
    if (!messages.threads(asSenco, PageRequest.of(0, 1)).isEmpty()) {
      return;
    }
    AccessibleChild asMother = access.open(mother, sarah.id());
    MeetingView next =
        meetings.forChild(asSenco).stream()
            .filter(m -> m.status() == MeetingStatus.BOOKED)
            .min(Comparator.comparing(MeetingView::startsAt))
            .orElse(null);
    MessageView first =
        messages.send(
            asSenco,
            new NewMessage(
                null,
                "Sarah's next meeting",
                "Hello Claire,\n\nI have booked Sarah's next review. Is there anything you would"
                    + " like us to talk about?\n\nHelen",
                next == null ? null : AboutKind.MEETING,
                next == null ? null : next.id()));
    messages.open(asMother, first.threadId());
    messages.send(
        asMother,
        new NewMessage(
            first.threadId(),
            null,
            "Thank you. Sarah has been worried about the noise at lunchtime.\nCould we talk about"
                + " a quieter place for her to eat?",
            null,
            null));
    messages.send(
        asSenco,
        new NewMessage(
            first.threadId(),
            null,
            "Of course. I will put it on the agenda, and ask Mr Reid which rooms are free at"
                + " lunch.",
            null,
            null));

    LocalDate today = LocalDate.now(clock);
    log.record(
        asSenco,
        new NewContact(
            DemoMeetings.weekday(today.minusWeeks(3)),
            ContactHow.PHONE,
            "Claire Bennett, Sarah's mother",
            "Claire rang about Sarah's speech therapy sessions moving to Thursdays.",
            "Helen will check the new time with the therapist and let Claire know."));
    log.record(
        asSenco,
        new NewContact(
            today.minusDays(1),
            ContactHow.IN_PERSON,
            "David Bennett, Sarah's father",
            "A word at the gate after school: Sarah enjoyed the new reading group.",
            null));

    ChildSummary oliver = people.pupil(senco, "X990212100004").orElse(null);
    if (oliver != null) {
      AccessibleChild record = access.open(senco, oliver.id());
      families.add(
          record,
          new FamilyMemberDetails(
              "Anna Nowak",
              null,
              "07700 900123",
              FamilyRelationship.MOTHER,
              true,
              null,
              "POL",
              PreferredFormat.STANDARD,
              ContactChannel.PHONE,
              false,
              null));
      sql.update("update child set interpreter_needed = true where id = ?", oliver.id());
      log.record(
          record,
          new NewContact(
              DemoMeetings.weekday(today.minusWeeks(9)),
              ContactHow.PHONE,
              "Anna Nowak, Oliver's mother, with an interpreter",
              "Talked through Oliver's reading support and the spelling programme.",
              "Anna will tell us how the reading at home goes."));
    }
  }
}
