package org.goldenthread.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ItemInput;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.PlanView;
import org.goldenthread.plan.Plans;
import org.goldenthread.plan.UsedAt;
import org.goldenthread.plan.Voice;
import org.goldenthread.review.ReviewDecision;
import org.goldenthread.review.ReviewInput;
import org.goldenthread.review.Reviews;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sarah's golden thread plan, written through the plan's own services by the people who would write
 * it: her mother writes her aspiration (in Sarah's words) and a strategy for home; the SENCO writes
 * the needs, the outcomes for when Sarah is 16, the provision (therapy sessions that name no
 * therapist, which the draft EHC plan marks as not specific) and the school's strategies, and
 * records the review held six weeks ago. One outcome, about speaking up in class, was added after
 * that review and has no provision yet: the one break a newcomer sees in the thread. Dates follow
 * the clock, so the plan reads the same whenever it is loaded. Loaded once: a plan that has items
 * already is left as it is.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoPlan implements DemoStep {

  static final String SENCO = "senco@riverside.example";
  static final String PARENT = "parent@example.org";

  private final DemoPeople people;
  private final ChildAccess access;
  private final Plans plans;
  private final Reviews reviews;
  private final Clock clock;
  private final DemoSql sql;

  DemoPlan(
      DemoPeople people,
      ChildAccess access,
      Plans plans,
      Reviews reviews,
      Clock clock,
      DemoSql sql) {
    this.people = people;
    this.access = access;
    this.plans = plans;
    this.reviews = reviews;
    this.clock = clock;
    this.sql = sql;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user(SENCO);
    ChildSummary sarah = people.pupil(senco, DemoChildren.SARAH_UPN).orElse(null);
    if (sarah == null) {
      return;
    }
    AccessibleChild school = access.open(senco, sarah.id());
    PlanView plan = plans.plan(school);
    if (!plan.aspirations().isEmpty()
        || !plan.needs().isEmpty()
        || !plan.outcomes().isEmpty()
        || !plan.provisions().isEmpty()
        || !plan.strategies().isEmpty()) {
      return;
    }
    write(school, access.open(people.user(PARENT), sarah.id()), sarah.dateOfBirth().plusYears(16));
  }

  private void write(AccessibleChild school, AccessibleChild mother, LocalDate sixteen) {
    LocalDate today = LocalDate.now(clock);
    LocalDate termStarted = schoolYearStart(today);

    UUID friendsOutside =
        plans
            .add(
                mother,
                new ItemInput.Aspiration(
                    "I want a group of friends I can see at the weekend, not just at school, and"
                        + " to get to town to meet them without Mum taking me.",
                    Voice.CHILD,
                    null))
            .id();
    UUID language =
        plans
            .add(
                school,
                new ItemInput.Need(
                    "Sarah’s language is delayed: she needs more time than others to follow what"
                        + " is said and to find her words. In quick, busy conversations she falls"
                        + " behind and goes quiet, which knocks her confidence and makes it hard"
                        + " to join in and make friends.",
                    AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                    List.of(friendsOutside),
                    null))
            .id();
    UUID newPlaces =
        plans
            .add(
                school,
                new ItemInput.Need(
                    "Sarah becomes anxious in places and situations that are new to her, such as"
                        + " an unfamiliar bus route or a group she does not know, and then avoids"
                        + " them.",
                    AreaOfNeed.SEMH,
                    List.of(friendsOutside),
                    null))
            .id();

    UUID friends =
        outcome(
            school,
            "By the time she is 16, Sarah has a small group of friends she meets regularly, in"
                + " school and outside it.",
            "Sarah names at least two friends she sees outside school, and meets them at least"
                + " twice a month, as she and her mum tell us.",
            sixteen,
            List.of(language, newPlaces));
    UUID travel =
        outcome(
            school,
            "By the time she is 16, Sarah travels on her own to meet her friends, on routes she"
                + " knows.",
            "Sarah takes the bus into town and back on her own at least once a week, and says"
                + " she feels safe doing it.",
            sixteen,
            List.of(newPlaces));

    plans.add(
        school,
        new ItemInput.Provision(
            "Travel training: learning the bus route into town step by step, with a sixth-form"
                + " buddy beside her until she is ready to go alone",
            DelivererRole.TEACHING_ASSISTANT,
            "Ellie Ward, teaching assistant, with a sixth-form buddy",
            1,
            60,
            1,
            termStarted,
            null,
            List.of(travel)));
    plans.add(
        school,
        new ItemInput.Provision(
            "Mentor session: planning and practising meeting friends outside school, and talking"
                + " through how it went",
            DelivererRole.TEACHER,
            "Mr Patel, her form tutor and mentor",
            1,
            30,
            1,
            termStarted,
            null,
            List.of(friends, travel)));
    plans.add(
        school,
        new ItemInput.Provision(
            "Social skills group: taking turns in conversation, joining in and keeping a"
                + " conversation going, with a teaching assistant",
            DelivererRole.TEACHING_ASSISTANT,
            "Ellie Ward, teaching assistant",
            2,
            45,
            6,
            termStarted,
            null,
            List.of(friends)));
    plans.add(
        school,
        new ItemInput.Provision(
            "Language group with the speech and language therapist: finding the words to join a"
                + " conversation, practised in a small group and then in the lunch hall",
            DelivererRole.THERAPIST,
            "Fiona Walsh, speech and language therapist",
            1,
            30,
            3,
            termStarted,
            null,
            List.of(friends)));
    // Names no one and no kind of therapy on purpose: the draft EHC plan marks it as not specific.
    plans.add(
        school,
        new ItemInput.Provision(
            "Therapy sessions to talk through her worries about new places and plan small steps"
                + " towards them",
            DelivererRole.THERAPIST,
            null,
            1,
            30,
            1,
            termStarted,
            null,
            List.of(travel)));

    plans.add(
        mother,
        new ItemInput.Strategy(
            "Before a new journey or outing, talk it through with her using photos or a map, so"
                + " she knows what to expect.",
            UsedAt.HOME));
    plans.add(
        school,
        new ItemInput.Strategy(
            "Give one instruction at a time, show it as well as say it, and check she has"
                + " understood before she starts.",
            UsedAt.SCHOOL));
    plans.add(
        school,
        new ItemInput.Strategy(
            "Give Sarah time to find her words: wait, and do not finish her sentences for her.",
            UsedAt.BOTH));

    LocalDate heldOn = today.minusWeeks(6);
    long beforeReview = lastHistoryRow();
    reviews.record(
        school,
        new ReviewInput(
            heldOn,
            List.of(
                new ReviewInput.Progress(
                    friends,
                    OutcomeStatus.IN_PROGRESS,
                    "Sarah joined the lunchtime art club and now sits with two girls from it"
                        + " most days. She has not met them outside school yet."),
                new ReviewInput.Progress(
                    travel,
                    OutcomeStatus.IN_PROGRESS,
                    "Sarah has made the bus journey into town twice with her buddy, and says"
                        + " she would like to try the first part on her own.")),
            "Sarah comes home happier and talks about the art club. She still will not go into"
                + " town without me, and gets upset if the bus is late.",
            "I like art club. Maya and Jess are nice. The bus is OK with Ellie but I don’t want"
                + " to go on my own yet.",
            "Talking with her mentor the week before, with a scale from 1 to 5 for how she feels"
                + " about each outcome",
            ReviewDecision.CONTINUE,
            "Keep the social skills group and the travel training going. Her mentor will help"
                + " her plan a first meeting with Maya and Jess outside school.",
            heldOn.plusWeeks(12)));

    long byReview = lastHistoryRow();
    // Agreed after the review, when her teachers said she rarely asks for help: nothing in place
    // for it yet.
    outcome(
        school,
        "Sarah speaks up in class: she asks for help or gives an answer when she needs to.",
        "Sarah asks for help or answers a question in at least three lessons a week, as her"
            + " teachers note.",
        endOfSchoolYear(today),
        List.of(language));
    LocalDate started =
        termStarted.isBefore(heldOn.minusWeeks(4)) ? termStarted : heldOn.minusWeeks(4);
    dateTheHistory(school.id(), started, heldOn, beforeReview, byReview);
  }

  private long lastHistoryRow() {
    return sql.number("select coalesce(max(id), 0) from plan_item_history");
  }

  /**
   * Dates the plan's stored history as it happened: the plan written at the start of the school
   * year (or a month before the review, if that is earlier), the review on the day it was held, and
   * the outcome agreed after it a week later. The history's rows are otherwise only ever closed,
   * never changed; this is the one exception, for demo data written in one go.
   */
  private void dateTheHistory(
      UUID child, LocalDate started, LocalDate heldOn, long beforeReview, long byReview) {
    ZoneId zone = ZoneId.of("Europe/London");
    Instant written = started.atTime(9, 0).atZone(zone).toInstant();
    Instant reviewed = heldOn.atTime(16, 0).atZone(zone).toInstant();
    Instant agreed = heldOn.plusWeeks(1).atTime(10, 0).atZone(zone).toInstant();
    sql.update("alter table plan_item_history disable trigger plan_item_history_kept");
    sql.update(
        """
        update plan_item_history h
        set valid_from = case
              when h.id <= ? then ?::timestamptz
              when h.id <= ? then ?::timestamptz
              else ?::timestamptz end
            + (h.id - first.id) * interval '1 second'
        from (select min(id) as id from plan_item_history where child_id = ?) first
        where h.child_id = ?
        """,
        beforeReview,
        java.sql.Timestamp.from(written),
        byReview,
        java.sql.Timestamp.from(reviewed),
        java.sql.Timestamp.from(agreed),
        child,
        child);
    sql.update(
        """
        update plan_item_history h set valid_to = next.valid_from
        from (select id, lead(valid_from) over (partition by item_id order by id) as valid_from
              from plan_item_history where child_id = ?) next
        where h.id = next.id and h.valid_to is not null
        """,
        child);
    sql.update("alter table plan_item_history enable trigger plan_item_history_kept");
    for (String table :
        List.of(
            "plan_aspiration", "plan_need", "plan_outcome", "plan_provision", "plan_strategy")) {
      sql.update(
          "update "
              + table
              + " i set added_at = h.first, changed_at = h.last"
              + " from (select item_id, min(valid_from) as first, max(valid_from) as last"
              + " from plan_item_history where child_id = ? group by item_id) h"
              + " where i.id = h.item_id",
          child);
    }
    sql.update(
        "update plan set changed_at = (select max(valid_from) from plan_item_history"
            + " where child_id = ?) where child_id = ?",
        child,
        child);
    sql.update(
        "update plan_review set recorded_at = ? where child_id = ?",
        java.sql.Timestamp.from(reviewed.plusSeconds(3600)),
        child);
  }

  private UUID outcome(
      AccessibleChild school,
      String text,
      String successCriteria,
      LocalDate target,
      List<UUID> needs) {
    return plans
        .add(school, new ItemInput.Outcome(text, successCriteria, target, null, true, needs, null))
        .id();
  }

  /** The first Monday of September of the school year that today is in. */
  private static LocalDate schoolYearStart(LocalDate today) {
    int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    LocalDate first = LocalDate.of(year, 9, 1);
    while (first.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
      first = first.plusDays(1);
    }
    return first;
  }

  /** The 20th of July ending the school year that today is in (or the next, from 20 July). */
  private static LocalDate endOfSchoolYear(LocalDate today) {
    LocalDate end = LocalDate.of(today.getYear(), 7, 20);
    return end.isAfter(today) ? end : end.plusYears(1);
  }
}
