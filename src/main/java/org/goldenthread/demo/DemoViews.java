package org.goldenthread.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingStatus;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Plans;
import org.goldenthread.voice.AboutKind;
import org.goldenthread.voice.RecordedView;
import org.goldenthread.voice.ResponseInput;
import org.goldenthread.voice.ViewInput;
import org.goldenthread.voice.ViewMethod;
import org.goldenthread.voice.Views;
import org.goldenthread.voice.Whose;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo views, dated from today: seven weeks ago Sarah told her mother she wanted to read books
 * about animals, not the "baby books"; the SENCO answered, and five weeks ago Mrs Khan told Sarah
 * what was done (fed back: "you said, we did"). Three weeks ago, on a talking mat with Mrs Khan,
 * Sarah said she likes her reading group but not reading aloud in front of the class: the SENCO
 * recorded it for her, about her reading outcome, and it is still an open loop, on the SENCO's home
 * and Sarah's page. Loaded once: nothing is added when Sarah already has a view.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoViews implements DemoStep {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final DemoPeople people;
  private final ChildAccess access;
  private final Views views;
  private final Plans plans;
  private final Meetings meetings;
  private final DemoSql sql;
  private final Clock clock;

  DemoViews(
      DemoPeople people,
      ChildAccess access,
      Views views,
      Plans plans,
      Meetings meetings,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.views = views;
    this.plans = plans;
    this.meetings = meetings;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    ChildSummary sarah = people.pupil(senco, DemoChildren.SARAH_UPN).orElse(null);
    if (sarah == null) {
      return;
    }
    AccessibleChild asMother = access.open(people.user("parent@example.org"), sarah.id());
    if (!views.allForChild(asMother).isEmpty()) {
      return;
    }
    AccessibleChild asSenco = access.open(senco, sarah.id());
    LocalDate today = LocalDate.now(clock);

    LocalDate booksSaid = DemoMeetings.weekday(today.minusWeeks(7));
    RecordedView books =
        views.record(
            asMother,
            new ViewInput(
                Whose.CHILD,
                "I want to read books about animals, not the baby books. The baby books are"
                    + " boring.",
                null,
                AboutKind.SCHOOL_LIFE,
                null,
                "At home after school, while we were choosing a bedtime story",
                "Sarah said it in her own words; I wrote them down straight away",
                ViewMethod.TALKING,
                "Claire Bennett (mum), passed on to Helen Carter (SENCO)"));
    LocalDate booksFedBack = DemoMeetings.weekday(today.minusWeeks(5));
    views.respond(
        asSenco,
        books.id(),
        new ResponseInput(
            "You said you wanted books about animals, not baby books. So Mrs Khan found"
                + " three animal books at the right level, and you chose the one you read first."
                + " They are in your reading box now.",
            "Mrs Khan showed Sarah the new books in her reading group and let her choose",
            today),
        null);
    backdate(books.id(), booksSaid, booksFedBack);

    UUID outcome = plans.outcomes(asSenco).stream().findFirst().map(OutcomeView::id).orElse(null);
    LocalDate aloudSaid = DemoMeetings.weekday(today.minusWeeks(3));
    RecordedView aloud =
        views.record(
            asSenco,
            new ViewInput(
                Whose.CHILD,
                "I like reading with Mrs Khan in my group. I do not like reading out loud in"
                    + " front of the whole class. Everyone looks at me.",
                null,
                outcome == null ? AboutKind.SCHOOL_LIFE : AboutKind.PLAN_ITEM,
                outcome,
                "One to one with Mrs Khan in the quiet room, with time to think",
                "A talking mat with picture cards for 'I like', 'not sure' and 'I don't like'",
                ViewMethod.TALKING_MAT,
                "Mrs Khan (teaching assistant) and Helen Carter (SENCO)"));
    backdate(aloud.id(), aloudSaid, null);

    meetings.forChild(asSenco).stream()
        .filter(m -> m.status() == MeetingStatus.BOOKED && m.startsAt().isAfter(clock.instant()))
        .min(Comparator.comparing(MeetingView::startsAt))
        .ifPresent(
            next ->
                views.record(
                    asMother,
                    new ViewInput(
                        Whose.FAMILY,
                        "Homework takes most of the evening and often ends in tears. We would"
                            + " like to agree something shorter that Sarah can do on her own.",
                        null,
                        AboutKind.MEETING,
                        next.id(),
                        "Writing it down at home before the meeting",
                        null,
                        ViewMethod.WRITING,
                        "Everyone at the meeting")));
  }

  /**
   * Moves a view (and its response, given and fed back today) to the days it was given and fed
   * back.
   */
  private void backdate(UUID viewId, LocalDate said, LocalDate fedBack) {
    sql.update(
        "update voice_view set recorded_at = ?, responded_at = coalesce(?, responded_at),"
            + " fed_back_on = coalesce(?, fed_back_on) where id = ?",
        Timestamp.from(said.atTime(15, 45).atZone(ENGLAND).toInstant()),
        fedBack == null
            ? null
            : Timestamp.from(fedBack.minusDays(1).atTime(16, 20).atZone(ENGLAND).toInstant()),
        fedBack == null ? null : Date.valueOf(fedBack),
        viewId);
  }
}
