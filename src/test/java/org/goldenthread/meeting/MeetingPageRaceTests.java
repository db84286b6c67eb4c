package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, rule 7, on the pages: two people saving the same meeting's change, cancellation,
 * minutes, closing or action at the same moment: one is saved, the other sees the conflict (what is
 * saved now beside what they typed), never an error page; a stale form changes nothing; a refused
 * post (403) saves nothing.
 */
@IntegrationTest
class MeetingPageRaceTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  MeetingFixtures fixtures;
  MeetingCalls calls;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    calls = new MeetingCalls(api, api.tokenFor(MeetingFixtures.SENCO));
  }

  @Test
  void twoChangesOnTheChangePageAtOnce() {
    JsonNode meeting = calls.arrange(fixtures.child().id(), inDays(14), false);
    String path = "/meetings/" + id(meeting) + "/edit";
    PageSession first = senco();
    PageSession second = senco();
    Page firstForm = first.get(path);
    Page secondForm = second.get(path);
    List<Page> answers =
        AtOnce.run(
            () -> first.submit(firstForm, "main form", meetingFields(firstForm, "Room A")),
            () -> second.submit(secondForm, "main form", meetingFields(secondForm, "Room B")));
    Page conflict = oneSavedOneConflict(answers, "Someone else changed this meeting");
    String lost = conflict == answers.get(0) ? "Room A" : "Room B";
    assertThat(conflict.document().select("#your-changes").text()).contains(lost);
    assertThat(calls.get(id(meeting)).get("location").asString())
        .isEqualTo(lost.equals("Room A") ? "Room B" : "Room A");
  }

  @Test
  void twoCancellationsAtOnceAndAStaleOne() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(14), false);
    String path = "/meetings/" + id(meeting) + "/cancel";
    PageSession first = senco();
    PageSession second = senco();
    Page firstForm = first.get(path);
    Page secondForm = second.get(path);
    List<Page> answers =
        AtOnce.run(
            () -> first.submit(firstForm, "form[action$=/cancel]", Map.of()),
            () -> second.submit(secondForm, "form[action$=/cancel]", Map.of()));
    assertThat(answers).allSatisfy(page -> assertThat(page.status()).isEqualTo(302));
    assertThat(answers)
        .extracting(page -> URI.create(page.location()).getPath())
        .as("one is cancelled, the other goes back to the meeting to read the conflict")
        .containsExactlyInAnyOrder(
            "/children/" + child.id() + "/meetings", "/meetings/" + id(meeting));
    int lost = answers.get(0).location().contains("/meetings/" + id(meeting)) ? 0 : 1;
    PageSession loser = lost == 0 ? first : second;
    assertThat(loser.get(answers.get(lost).location()).document().text())
        .contains("Someone else changed this meeting while you were looking at it");
    assertThat(calls.get(id(meeting)).get("status").asString()).isEqualTo("CANCELLED");

    JsonNode other = calls.arrange(child.id(), inDays(21), false);
    String otherPath = "/meetings/" + id(other) + "/cancel";
    Page stale = first.get(otherPath);
    calls.put(id(other), "\"location\":\"Room 8\"", other.get("version").asLong());
    Page refused = first.submit(stale, "form[action$=/cancel]", Map.of());
    assertThat(URI.create(refused.location()).getPath()).isEqualTo("/meetings/" + id(other));
    assertThat(first.get(refused.location()).document().text())
        .contains("Someone else changed this meeting while you were looking at it");
    assertThat(calls.get(id(other)).get("status").asString()).isEqualTo("BOOKED");
  }

  @Test
  void twoWritersOfTheMinutesAtOnceAndAStaleOne() {
    JsonNode meeting = calls.arrange(fixtures.child().id(), inDays(-1), false);
    String path = "/meetings/" + id(meeting) + "/minutes";
    PageSession first = senco();
    PageSession second = senco();
    Page firstForm = first.get(path);
    Page secondForm = second.get(path);
    List<Page> answers =
        AtOnce.run(
            () -> first.submit(firstForm, "main form", Map.of("notes", "First notes")),
            () -> second.submit(secondForm, "main form", Map.of("notes", "Second notes")));
    Page conflict = oneSavedOneConflict(answers, "Someone else changed these minutes");
    String saved = conflict == answers.get(0) ? "Second notes" : "First notes";
    assertThat(calls.get(id(meeting)).get("minutes").get("notes").asString()).isEqualTo(saved);

    Page stale = first.submit(firstForm, "main form", Map.of("notes", "Stale notes"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select(".govuk-error-summary").text())
        .contains("Someone else changed these minutes");
    assertThat(calls.get(id(meeting)).get("minutes").get("notes").asString()).isEqualTo(saved);
  }

  @Test
  void twoPeopleClosingOnThePageAtOnceAndAStaleOne() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(-1), false);
    String path = "/meetings/" + id(meeting) + "/close";
    PageSession first = senco();
    PageSession second = senco();
    Page firstForm = first.get(path);
    Page secondForm = second.get(path);
    List<Page> answers =
        AtOnce.run(
            () -> first.submit(firstForm, "main form", closing("The first closed it.")),
            () -> second.submit(secondForm, "main form", closing("The second closed it.")));
    oneSavedOneConflict(answers, "Someone else changed this meeting");
    assertThat(calls.get(id(meeting)).get("status").asString()).isEqualTo("CLOSED");

    JsonNode held = calls.arrange(child.id(), inDays(-2), false);
    Page stale = first.get("/meetings/" + id(held) + "/close");
    calls.put(id(held), "\"location\":\"Room 8\"", held.get("version").asLong());
    Page refused = first.submit(stale, "main form", closing("Too late."));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this meeting");
    assertThat(calls.get(id(held)).get("status").asString()).isEqualTo("HELD");
  }

  @Test
  void twoChangesOfAnActionOnItsPageAtOnceAndAStaleOne() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(-1), false);
    ApiClient.Response added =
        api.post(
            MeetingCalls.path(id(meeting)) + "/actions",
            api.tokenFor(MeetingFixtures.SENCO),
            "{\"description\":\"Try the word mat\",\"ownerId\":\""
                + child.teacherId()
                + "\",\"dueOn\":\""
                + LocalDate.now().plusWeeks(2)
                + "\"}");
    String path = "/actions/" + added.json().get("id").asString() + "/edit";
    PageSession first = senco();
    PageSession teacher = new PageSession(port);
    teacher.signIn(MeetingFixtures.TEACHER, ApiClient.DEMO_PASSWORD);
    Page firstForm = first.get(path);
    Page teacherForm = teacher.get(path);
    List<Page> answers =
        AtOnce.run(
            () ->
                first.submit(
                    firstForm, "main form", Map.of("status", "DROPPED", "reason", "Not needed")),
            () -> teacher.submit(teacherForm, "main form", Map.of("status", "DONE")));
    Page conflict = oneSavedOneConflict(answers, "Someone else changed this action");
    String saved = conflict == answers.get(0) ? "DONE" : "DROPPED";
    JsonNode now =
        api.get(
                "/api/v1/actions/" + added.json().get("id").asString(),
                api.tokenFor(MeetingFixtures.SENCO))
            .json();
    assertThat(now.get("status").asString()).isEqualTo(saved);

    Page stale = teacher.submit(teacherForm, "main form", Map.of("status", "OPEN"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this action");
  }

  @Test
  void aParentsForgedChangeOrCancellationIsRefusedAndSavesNothing() {
    MeetingFixtures.Fresh child = fixtures.child();
    JsonNode meeting = calls.arrange(child.id(), inDays(14), false);
    PageSession parent = new PageSession(port);
    Page home = parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    assertThat(parent.get("/meetings/" + id(meeting) + "/edit").status()).isEqualTo(403);
    long version = meeting.get("version").asLong();
    Page change =
        forged(
            parent,
            home,
            "/meetings/" + id(meeting) + "/edit",
            Map.of("location", "My kitchen", "version", Long.toString(version)));
    assertThat(change.status()).isEqualTo(403);
    Page cancel =
        forged(
            parent,
            home,
            "/meetings/" + id(meeting) + "/cancel",
            Map.of("version", Long.toString(version)));
    assertThat(cancel.status()).isEqualTo(403);
    JsonNode now = calls.get(id(meeting));
    assertThat(now.get("location").asString()).isEqualTo("Room 4");
    assertThat(now.get("status").asString()).isEqualTo("BOOKED");
    assertThat(now.get("version").asLong()).isEqualTo(version);
  }

  /** A post to a page the person was never shown, made with the CSRF token of a page they were. */
  private static Page forged(
      PageSession session, Page anyPage, String action, Map<String, String> fields) {
    anyPage.document().selectFirst("form.app-signed-in__form").attr("action", action);
    return session.submit(anyPage, "form.app-signed-in__form", fields);
  }

  private PageSession senco() {
    PageSession session = new PageSession(port);
    session.signIn(MeetingFixtures.SENCO, ApiClient.DEMO_PASSWORD);
    return session;
  }

  /** The change form as it stands, with a new place. */
  private static Map<String, String> meetingFields(Page form, String location) {
    Map<String, String> typed = new HashMap<>();
    form.document()
        .select("main form input[type=text]")
        .forEach(input -> typed.put(input.attr("name"), input.val()));
    typed.put("kind", "SEN_SUPPORT_REVIEW");
    typed.put("agenda", form.document().select("#agenda").text());
    typed.put("location", location);
    return typed;
  }

  private static Map<String, String> closing(String reason) {
    return Map.of("minutes", "We met.", "followUp", "no", "noFollowUpReason", reason);
  }

  /** One answer is the redirect after saving; the other is the form again with the conflict. */
  private static Page oneSavedOneConflict(List<Page> answers, String message) {
    assertThat(answers)
        .extracting(Page::status)
        .as("never an error page")
        .containsExactlyInAnyOrder(302, 200);
    Page conflict = answers.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
    assertThat(conflict.document().select(".govuk-error-summary").text()).contains(message);
    return conflict;
  }
}
