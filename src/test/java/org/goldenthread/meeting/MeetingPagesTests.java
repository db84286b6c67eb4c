package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.goldenthread.IntegrationTest;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The meeting pages: booking (errors beside their fields, nothing lost, the parents always
 * invited), the meeting on the parent's home, preparation for the chair only, closing with what
 * happens next, overdue actions on the child's page and the owner's home, and the door.
 */
@IntegrationTest
class MeetingPagesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Meetings meetings;
  @Autowired MeetingActions actions;
  @Autowired ChildAccess access;
  MeetingFixtures fixtures;
  MeetingFixtures.Fresh child;
  PageSession senco;

  @BeforeEach
  void signIn() {
    fixtures = new MeetingFixtures(context);
    child = fixtures.child();
    senco = new PageSession(port);
    senco.signIn(MeetingFixtures.SENCO, ApiClient.DEMO_PASSWORD);
  }

  @Test
  void theBookingFormShowsEachErrorBesideItsFieldKeepsWhatWasTypedAndAlwaysInvitesTheParents() {
    Page form = senco.get("/children/" + child.id() + "/meetings/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#always-invited").text())
        .contains("Sam Meet", "parent or carer", "Helen Carter");
    assertThat(form.document().select("input[name=inviteeIds]").eachAttr("value"))
        .as("the parent has no box to untick")
        .containsExactly(child.teacherId().toString());
    assertThat(form.document().select("#agenda").text()).startsWith("What is going well for Maya");
    assertThat(form.document().select("#kind[checked]")).as("a review to start with").isNotEmpty();

    Map<String, String> typed = booking("", "31", "2", "2027", "25:99", "");
    Page refused = senco.submit(form, "main form", typed);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().title()).startsWith("Error:");
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#kind", "#date.day", "#time", "#location");
    assertThat(refused.document().select("#time-error").text())
        .contains("Enter the start time like 10:30am");
    assertThat(refused.document().select("#date-error").text()).contains("must be a real date");
    assertThat(refused.document().select("#time").val()).isEqualTo("25:99");
    assertThat(refused.document().select("#agenda").text()).isEqualTo("Talk about reading");
    assertThat(refused.document().select("input[name='date.day']").val()).isEqualTo("31");
    assertThat(refused.document().select("input[name=inviteeIds][checked]").eachAttr("value"))
        .containsExactly(child.teacherId().toString());

    LocalDate day = LocalDate.now().plusDays(10);
    Page booked =
        senco.submit(
            refused,
            "main form",
            booking(
                "SEN_SUPPORT_REVIEW",
                Integer.toString(day.getDayOfMonth()),
                Integer.toString(day.getMonthValue()),
                Integer.toString(day.getYear()),
                "10:30am",
                "Room 4, Riverside Academy"));
    assertThat(booked.status()).isEqualTo(302);
    assertThat(booked.location()).contains("/meetings/");
    Page meeting = senco.get(booked.location());
    assertThat(meeting.document().select(".govuk-notification-banner--success").text())
        .contains("The meeting is booked");
    assertThat(meeting.document().select("#details").text())
        .contains(
            new org.goldenthread.web.Dates()
                .dateTime(MeetingTimes.startsAt(day, java.time.LocalTime.of(10, 30))),
            "Room 4, Riverside Academy",
            "60 minutes");
    assertThat(meeting.document().select("#invited").text())
        .contains("Sam Meet", "parent or carer", "Tom Reid", "Helen Carter");
    assertThat(meeting.document().select("#agenda li").eachText())
        .containsExactly("Talk about reading");
    assertThat(meeting.document().select("#calendar-link").attr("href")).endsWith("/invite.ics");
  }

  @Test
  void theParentSeesTheMeetingOnTheirHomeAndCanAddItToTheirCalendar() {
    MeetingView meeting = book(inDays(6));
    PageSession parent = new PageSession(port);
    Page home = parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    Element mine = home.document().getElementById("your-meeting-" + meeting.id());
    assertThat(mine).as("the meeting on the parent's home").isNotNull();
    assertThat(mine.text()).contains("SEN support review for Maya");
    assertThat(home.document().select("#your-actions").text()).contains("no actions");

    Page page = parent.get("/meetings/" + meeting.id());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("a[href$=/preparation/new]")).isNotEmpty();
    assertThat(page.document().select("a[href$=/minutes], a[href$=/close], a[href$=/edit]"))
        .as("the family prepares but does not run the meeting")
        .isEmpty();

    Page ics = parent.get("/meetings/" + meeting.id() + "/invite.ics");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.header("Content-Type")).startsWith("text/calendar");
    var event = Calendars.event(Calendars.parse(ics.body()));
    assertThat(Calendars.value(event, Property.UID)).isEqualTo(meeting.calendarUid());
    ApiClient api = new ApiClient(port);
    String fromApi =
        api.get(
                "/api/v1/meetings/" + meeting.id() + "/invite.ics",
                api.tokenFor(child.parentEmail()))
            .body();
    assertThat(withoutStamp(ics.body())).isEqualTo(withoutStamp(fromApi));
  }

  @Test
  void preparationForTheChairOnlyIsHiddenFromEveryoneElseInvited() {
    MeetingView meeting = book(inDays(8));
    PageSession parent = new PageSession(port);
    parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    Page form = parent.get("/meetings/" + meeting.id() + "/preparation/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#prompts li").eachText())
        .contains("What works well at home is…", "Could we…?", "How can we work together to…?");
    assertThat(form.document().select("label[for^=kind]").eachText())
        .contains("My key points", "A question I want answered", "What works at home")
        .doesNotContain("My update");

    Page empty = parent.submit(form, "main form", Map.of("kind", "CHILD_VIEWS", "text", ""));
    assertThat(empty.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#howGathered", "#text");

    Page added =
        parent.submit(
            form,
            "main form",
            Map.of(
                "kind",
                "PARENT_KEY_POINTS",
                "text",
                "What works well at home is a picture timetable.",
                "chairOnly",
                "false"));
    assertThat(added.status()).isEqualTo(302);
    assertThat(parent.get(added.location()).document().select(".govuk-notification-banner").text())
        .contains("Everyone invited can read it");
    Page secret =
        parent.submit(
            form,
            "main form",
            Map.of(
                "kind",
                "QUESTION",
                "text",
                "Could we talk about the divorce privately?",
                "chairOnly",
                "true"));
    assertThat(secret.status()).isEqualTo(302);
    Page shown = parent.get(secret.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("Only you and the person chairing the meeting can read it");
    assertThat(shown.document().select("#preparation").text())
        .contains("picture timetable", "the divorce privately", "Only for the chair");

    PageSession teacher = new PageSession(port);
    teacher.signIn(MeetingFixtures.TEACHER, ApiClient.DEMO_PASSWORD);
    String seenByTeacher =
        teacher.get("/meetings/" + meeting.id()).document().select("#preparation").text();
    assertThat(seenByTeacher).contains("Key points from Sam Meet", "picture timetable");
    assertThat(seenByTeacher).doesNotContain("divorce", "Only for the chair");

    String seenByChair =
        senco.get("/meetings/" + meeting.id()).document().select("#preparation").text();
    assertThat(seenByChair).contains("the divorce privately", "Only for the chair");
  }

  @Test
  void closingNeedsAFollowUpDateOrAReasonAndThenShowsWhatHappensNext() {
    MeetingView meeting = book(Instant.now().minus(Duration.ofDays(1)));
    Page minutes = senco.get("/meetings/" + meeting.id() + "/minutes");
    assertThat(minutes.status()).isEqualTo(200);
    Page saved =
        senco.submit(
            minutes,
            "#minutes-form",
            Map.of(
                "notes", "We talked about reading and break times.",
                "parentView", "Sam would like more help with reading at home.",
                "childView", "Maya likes the reading cards.",
                "decisions", "Keep the reading cards; add a break-time buddy.",
                "then", "action"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/actions/new");
    Page actionForm = senco.get(saved.location());
    assertThat(actionForm.document().select("#ownerId option").eachText())
        .anyMatch(owner -> owner.startsWith("Sam Meet") && owner.endsWith("(Parent or carer)"))
        .anyMatch(owner -> owner.equals("Tom Reid (Class teacher)"));
    Page noOwner =
        senco.submit(
            actionForm,
            "main form",
            Map.of("description", "", "ownerId", "", "dueOn.day", "40", "dueOn.month", "1"));
    assertThat(noOwner.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#description", "#ownerId", "#dueOn.day");
    LocalDate due = LocalDate.now().plusWeeks(2);
    Page added =
        senco.submit(
            noOwner, "main form", action("Send the reading cards home", child.parentId(), due));
    assertThat(added.status()).isEqualTo(302);

    Page close = senco.get("/meetings/" + meeting.id() + "/close");
    assertThat(close.document().select("#close-actions").text())
        .contains("Send the reading cards home");
    assertThat(close.document().select("#minutes")).as("the minutes are written").isEmpty();
    Page neither = senco.submit(close, "main form", Map.of());
    assertThat(neither.status()).isEqualTo(200);
    assertThat(neither.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#followUp");
    assertThat(neither.document().select(".govuk-error-summary").text())
        .contains("Enter the date of the next meeting, or give a reason");
    assertThat(neither.document().getElementById("followUp")).isNotNull();
    assertThat(meetings.get(door(meeting)).status()).isEqualTo(MeetingStatus.HELD);

    Page onlyYes = senco.submit(neither, "main form", Map.of("followUp", "yes"));
    assertThat(onlyYes.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#followUpOn.day");

    LocalDate next = LocalDate.now().plusWeeks(10);
    Page closed =
        senco.submit(
            onlyYes,
            "main form",
            Map.of(
                "followUp", "yes",
                "followUpOn.day", Integer.toString(next.getDayOfMonth()),
                "followUpOn.month", Integer.toString(next.getMonthValue()),
                "followUpOn.year", Integer.toString(next.getYear())));
    assertThat(closed.status()).isEqualTo(302);
    Page page = senco.get(closed.location());
    Element summary = page.document().getElementById("what-happens-next");
    assertThat(summary).as("what happens next, at the top").isNotNull();
    assertThat(summary.text())
        .contains(
            "Send the reading cards home",
            new org.goldenthread.web.Dates().date(due),
            "The next meeting is planned for " + new org.goldenthread.web.Dates().date(next));
    String draft = page.document().select("#next-meeting-link").attr("href");
    Page followUp = senco.get(draft);
    assertThat(followUp.status()).isEqualTo(200);
    assertThat(followUp.document().select("#details").text()).contains("Draft");
    assertThat(followUp.document().select("form[action$=/book]")).isNotEmpty();

    PageSession parent = new PageSession(port);
    parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    Page seen = parent.get("/meetings/" + meeting.id());
    assertThat(seen.document().select("#what-happens-next").text())
        .contains("Send the reading cards home", "The next meeting is planned for");
    assertThat(seen.document().select("#minutes").text())
        .contains("Sam would like more help with reading at home.");
  }

  @Test
  void beforeItStartsAMeetingCannotBeMinutedOrClosedAndThePageSaysWhenItCan() {
    Instant start = inDays(8);
    MeetingView meeting = book(start);
    String when = new org.goldenthread.web.Dates().dateTime(start);
    Page page = senco.get("/meetings/" + meeting.id());
    assertThat(page.document().select("#not-started").text()).contains("once it has started", when);
    assertThat(page.document().select("a[href$=/minutes], a[href$=/close]")).isEmpty();
    for (String part : List.of("/minutes", "/close")) {
      Page refused = senco.get("/meetings/" + meeting.id() + part);
      assertThat(refused.status()).as(part).isEqualTo(302);
      Page explained = senco.get(refused.location());
      assertThat(explained.document().select(".govuk-notification-banner").text())
          .contains("has not started yet", when);
    }
  }

  @Test
  void aCloseFormSentAfterTheMeetingWasMovedLaterIsRefusedAndKeepsWhatWasTyped() {
    MeetingView meeting = book(Instant.now().minus(Duration.ofHours(2)));
    Page close = senco.get("/meetings/" + meeting.id() + "/close");
    assertThat(close.status()).isEqualTo(200);
    Instant later = inDays(3);
    context
        .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .update(
            "update meeting set starts_at = ? where id = ?",
            java.sql.Timestamp.from(later),
            meeting.id());

    Page refused =
        senco.submit(
            close,
            "main form",
            Map.of(
                "minutes", "We agreed the reading cards.",
                "followUp", "no",
                "noFollowUpReason", "Maya is moving school."));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.document().select(".govuk-notification-banner").text())
        .contains("has not started yet", new org.goldenthread.web.Dates().dateTime(later));
    assertThat(refused.document().select("#minutes").text())
        .isEqualTo("We agreed the reading cards.");
    assertThat(refused.document().select("#noFollowUpReason").text())
        .isEqualTo("Maya is moving school.");
    assertThat(meetings.get(door(meeting)).status()).isEqualTo(MeetingStatus.BOOKED);
  }

  @Test
  void closingWithAReasonForNoNextMeetingSaysSo() {
    MeetingView meeting = book(Instant.now().minus(Duration.ofDays(2)));
    Page close = senco.get("/meetings/" + meeting.id() + "/close");
    Page noMinutes =
        senco.submit(close, "main form", Map.of("followUp", "no", "noFollowUpReason", ""));
    assertThat(noMinutes.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#minutes", "#noFollowUpReason");
    Page closed =
        senco.submit(
            noMinutes,
            "main form",
            Map.of(
                "minutes", "Maya has met her targets.",
                "followUp", "no",
                "noFollowUpReason", "SEN support ends: everyone agreed."));
    assertThat(closed.status()).isEqualTo(302);
    assertThat(senco.get(closed.location()).document().select("#what-happens-next").text())
        .contains("There will not be another meeting, because: SEN support ends");
  }

  @Test
  void anOverdueActionIsMarkedOnTheChildsPageAndTheOwnersHome() {
    MeetingView meeting = book(Instant.now().minus(Duration.ofDays(20)));
    ActionView late =
        actions.add(
            door(meeting).child(),
            meeting.id(),
            new ActionInput(
                "Send the reading record home each Friday",
                child.parentId(),
                LocalDate.now().minusDays(3)));
    ActionView onTime =
        actions.add(
            door(meeting).child(),
            meeting.id(),
            new ActionInput(
                "Try the visual timetable", child.teacherId(), LocalDate.now().plusWeeks(2)));

    Page childPage = senco.get("/children/" + child.id());
    Element panel = childPage.document().getElementById("meetings");
    assertThat(panel).isNotNull();
    assertThat(panel.select("#action-" + late.id() + " .govuk-tag--red").text())
        .isEqualTo("Overdue");
    assertThat(panel.select("#action-" + onTime.id()).text())
        .contains("Tom Reid", "To do")
        .doesNotContain("Overdue");
    assertThat(panel.select("#next-meeting").text()).contains("No meeting is booked");
    assertThat(panel.text()).contains("None booked");

    PageSession parent = new PageSession(port);
    Page home = parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    Element row = home.document().select("#your-actions #action-" + late.id()).first();
    assertThat(row).isNotNull();
    assertThat(row.text()).contains("Send the reading record home", "Maya", "Overdue");

    Page edit = parent.get("/actions/" + late.id() + "/edit");
    assertThat(edit.status()).isEqualTo(200);
    Page noReason = parent.submit(edit, "main form", Map.of("status", "DROPPED", "reason", ""));
    assertThat(noReason.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#reason");
    Page done = parent.submit(noReason, "main form", Map.of("status", "DONE"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(parent.get("/").document().select("#your-actions #action-" + late.id())).isEmpty();
    Page stale = parent.submit(edit, "main form", Map.of("status", "OPEN"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select("#your-changes").text()).contains("Still to do");
    assertThat(parent.get("/actions/" + onTime.id() + "/edit").status())
        .as("only its owner or those who run the meeting")
        .isEqualTo(403);
  }

  @Test
  void aStaleChangeShowsBothVersionsAndTheFamilyCannotArrange() {
    MeetingView meeting = book(inDays(14));
    Page form = senco.get("/meetings/" + meeting.id() + "/edit");
    assertThat(form.document().select("#time").val()).isEqualTo("10:30am");
    meetings.update(
        door(meeting),
        meeting.version(),
        new MeetingDetails(null, null, null, "The library", null, null));
    Map<String, String> typed = new HashMap<>();
    form.document()
        .select("main form input[type=text]")
        .forEach(input -> typed.put(input.attr("name"), input.val()));
    typed.put("kind", "SEN_SUPPORT_REVIEW");
    typed.put("location", "Room 9");
    typed.put("agenda", form.document().select("#agenda").text());
    Page conflict = senco.submit(form, "main form", typed);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this meeting");
    assertThat(conflict.document().select("#your-changes").text()).contains("Room 9");
    assertThat(conflict.document().select("#location").val()).isEqualTo("The library");

    PageSession parent = new PageSession(port);
    parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    assertThat(parent.get("/children/" + child.id() + "/meetings/new").status()).isEqualTo(403);
    assertThat(parent.get("/meetings/" + meeting.id() + "/edit").status()).isEqualTo(403);
    assertThat(parent.get("/meetings/" + meeting.id() + "/close").status()).isEqualTo(403);
    Page list = parent.get("/children/" + child.id() + "/meetings");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.document().select("#meeting-" + meeting.id())).isNotEmpty();
    assertThat(list.document().select("#rhythm").text()).contains("of 3 meetings held");
  }

  @Test
  void cancellingAsksFirstThenListsTheMeetingAsCancelled() {
    MeetingView meeting = book(inDays(4));
    Page confirm = senco.get("/meetings/" + meeting.id() + "/cancel");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.document().select("h1").text()).isEqualTo("Cancel this meeting?");
    Page cancelled = senco.submit(confirm, "main form", Map.of());
    assertThat(cancelled.status()).isEqualTo(302);
    Page list = senco.get(cancelled.location());
    assertThat(list.document().select(".govuk-notification-banner--success").text())
        .contains("The meeting has been cancelled");
    assertThat(list.document().select("#past #meeting-" + meeting.id()).text())
        .contains("Cancelled");
    assertThat(list.document().select("#upcoming").text()).contains("No meeting is booked");
    Page again = senco.submit(confirm, "main form", Map.of());
    assertThat(again.status()).isEqualTo(302);
    assertThat(senco.get(again.location()).document().select(".govuk-notification-banner").text())
        .contains("Someone else changed this meeting");
  }

  @Test
  void anotherParentFindsNothingAtTheMeetingsAddress() {
    MeetingView meeting = book(inDays(5));
    PageSession other = new PageSession(port);
    other.signIn(MeetingFixtures.OTHER_PARENT, ApiClient.DEMO_PASSWORD);
    for (String path :
        List.of(
            "/meetings/" + meeting.id(),
            "/meetings/" + meeting.id() + "/invite.ics",
            "/meetings/" + meeting.id() + "/preparation/new",
            "/children/" + child.id() + "/meetings",
            "/meetings/" + UUID.randomUUID())) {
      assertThat(other.get(path).status()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theSencosHomeShowsTheThreeMeetingsAYearForTheirPupilsThoseWhoMostNeedOneFirst() {
    ChildRhythm fresh = rhythmOf(child.id());
    assertThat(fresh.check().held()).isZero();
    assertThat(fresh.check().noneBooked()).isTrue();

    List<ChildRhythm> all = rhythms();
    Document home = senco.get("/").document();
    List<String> shown =
        home.select("#meeting-rhythm tbody tr").eachAttr("id").stream()
            .map(id -> id.substring("rhythm-".length()))
            .toList();
    assertThat(shown)
        .as("the first 20 of the SENCO's pupils on SEN support, in the order of need")
        .containsExactlyElementsOf(
            all.stream()
                .limit(MeetingRhythmHomePanel.SHOWN)
                .map(r -> r.childId().toString())
                .toList());
    assertThat(home.select("#meeting-rhythm-more").isEmpty())
        .isEqualTo(all.size() <= MeetingRhythmHomePanel.SHOWN);
    assertThat(all.stream().map(r -> r.check().flagged() || r.check().noneBooked()).toList())
        .as("those behind or with none booked come first")
        .isSortedAccordingTo(Comparator.reverseOrder());

    MeetingView next = book(inDays(12));
    ChildRhythm booked = rhythmOf(child.id());
    assertThat(booked.nextMeetingId()).isEqualTo(next.id());
    assertThat(booked.check().noneBooked()).isFalse();
  }

  private List<ChildRhythm> rhythms() {
    CurrentUser helen = fixtures.user("senco@riverside.example");
    return context
        .getBean(MeetingRhythms.class)
        .forSchools(helen, helen.organisationsWhere(org.goldenthread.identity.Role.SENCO));
  }

  private ChildRhythm rhythmOf(UUID childId) {
    return rhythms().stream().filter(r -> r.childId().equals(childId)).findFirst().orElseThrow();
  }

  @Test
  void sarahsDemoMeetingsShowToHerMotherAndTheSenco() {
    UUID sarah =
        context
            .getBean(org.goldenthread.child.Children.class)
            .visibleTo(fixtures.user("parent@example.org"))
            .stream()
            .filter(c -> c.displayName().equals("Sarah Bennett"))
            .findFirst()
            .orElseThrow()
            .id();
    PageSession mother = new PageSession(port);
    Page home = mother.signIn("parent@example.org", ApiClient.DEMO_PASSWORD);
    assertThat(home.document().select("#your-meetings a")).as("her next review").isNotEmpty();
    for (PageSession person : List.of(mother, senco)) {
      Page childPage = person.get("/children/" + sarah);
      assertThat(childPage.document().select("#meetings .govuk-tag--red").eachText())
          .as("the overdue action from her last review")
          .contains("Overdue");
      Page list = person.get("/children/" + sarah + "/meetings");
      assertThat(list.status()).isEqualTo(200);
      List<String> links =
          list.document().select("main table a[href^=/meetings/]").eachAttr("href");
      assertThat(links).isNotEmpty();
      for (String link : links) {
        assertThat(person.get(link).status()).as(link).isEqualTo(200);
      }
    }
  }

  private MeetingView book(Instant start) {
    return meetings.create(
        access.open(fixtures.user(MeetingFixtures.SENCO), child.id()),
        new MeetingDetails(
            MeetingKind.SEN_SUPPORT_REVIEW,
            start,
            60,
            "Room 4, Riverside Academy",
            List.of(child.teacherId()),
            null),
        false);
  }

  private AccessibleMeeting door(MeetingView meeting) {
    AccessibleChild opened = access.open(fixtures.user(MeetingFixtures.SENCO), child.id());
    return new AccessibleMeeting(meeting.id(), opened);
  }

  private Map<String, String> booking(
      String kind, String day, String month, String year, String time, String location) {
    Map<String, String> fields = new HashMap<>();
    fields.put("kind", kind);
    fields.put("date.day", day);
    fields.put("date.month", month);
    fields.put("date.year", year);
    fields.put("time", time);
    fields.put("durationMinutes", "60");
    fields.put("location", location);
    fields.put("agenda", "Talk about reading");
    fields.put("inviteeIds", child.teacherId().toString());
    return fields;
  }

  private static Map<String, String> action(String description, UUID owner, LocalDate due) {
    return Map.of(
        "description", description,
        "ownerId", owner.toString(),
        "dueOn.day", Integer.toString(due.getDayOfMonth()),
        "dueOn.month", Integer.toString(due.getMonthValue()),
        "dueOn.year", Integer.toString(due.getYear()));
  }

  /** A calendar file without its DTSTAMP, which is the moment it was written. */
  private static String withoutStamp(String ics) {
    return ics.replaceAll("DTSTAMP:[^\\r\\n]*\\r?\\n", "");
  }

  /** Ten thirty in the morning, this many days from today, in England. */
  private static Instant inDays(int days) {
    return MeetingTimes.startsAt(LocalDate.now().plusDays(days), java.time.LocalTime.of(10, 30))
        .truncatedTo(ChronoUnit.MINUTES);
  }
}
