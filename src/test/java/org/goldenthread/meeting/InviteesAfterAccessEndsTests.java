package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;
import static org.goldenthread.meeting.MeetingCalls.invitees;

import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.EventPublications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, rule 2: when someone's access to a child ends ({@link ChildAccessEnded}), they leave
 * the invitees of every meeting of that child not yet held, so that no one else's calendar file
 * names them; they are not mailed about it; meetings already held or closed keep their history;
 * other children's meetings are not touched; the child's audit says what happened.
 */
@IntegrationTest
class InviteesAfterAccessEndsTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;
  MeetingCalls calls;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
    calls = new MeetingCalls(api, senco);
  }

  @Test
  void theyLeaveEveryMeetingNotYetHeldAndItsCalendarFileWhileHeldAndClosedOnesKeepTheirHistory() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person ep = fixtures.professional(child);
    consent(child, ep, "GIVEN");
    MeetingFixtures.Fresh otherChild = fixtures.child();
    MeetingFixtures.Person sameEp = fixtures.professional(otherChild, ep);
    consent(otherChild, sameEp, "GIVEN");

    JsonNode booked = calls.arrange(child.id(), inDays(10), false, ep.id(), child.teacherId());
    JsonNode draft = calls.arrange(child.id(), inDays(30), true, ep.id());
    JsonNode held = calls.arrange(child.id(), inDays(-3), false, ep.id());
    JsonNode closed = calls.arrange(child.id(), inDays(-20), false, ep.id());
    assertThat(
            calls
                .close(id(closed), "\"minutes\":\"Done.\",\"noFollowUpReason\":\"Support ends.\"")
                .status())
        .isEqualTo(200);
    JsonNode elsewhere = calls.arrange(otherChild.id(), inDays(10), false, ep.id());
    assertThat(attendees(id(booked))).contains("mailto:" + ep.email());
    EventPublications.awaitHandled(jdbc, child.id().toString());
    EventPublications.awaitHandled(jdbc, otherChild.id().toString());
    long mailsBefore = mailsTo(ep.email());

    consent(child, ep, "WITHDRAWN");
    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new ChildAccessEnded(
                    child.id(), ep.id(), ChildAccessEnded.Reason.CONSENT_WITHDRAWN)));
    EventPublications.awaitHandled(jdbc, child.id().toString());

    String gone = ep.id().toString();
    assertThat(invitees(calls.get(id(booked))))
        .doesNotContain(gone)
        .contains(child.parentId().toString(), child.teacherId().toString());
    assertThat(invitees(calls.get(id(draft)))).doesNotContain(gone);
    assertThat(attendees(id(booked)))
        .as("the calendar file no longer names them")
        .doesNotContain("mailto:" + ep.email())
        .contains("mailto:" + child.parentEmail(), "mailto:" + MeetingFixtures.TEACHER);
    assertThat(invitees(calls.get(id(held)))).as("held: history").contains(gone);
    assertThat(invitees(calls.get(id(closed)))).as("closed: history").contains(gone);
    assertThat(invitees(calls.get(id(elsewhere)))).as("another child's meeting").contains(gone);
    assertThat(mailsTo(ep.email())).as("they are not mailed about it").isEqualTo(mailsBefore);

    JsonNode audit = api.get("/api/v1/children/" + child.id() + "/audit", senco).json();
    List<String> what =
        audit.get("items").valueStream().map(entry -> entry.get("what").asString()).toList();
    assertThat(what)
        .filteredOn(line -> line.startsWith("Took " + ep.name() + " off the invitees"))
        .hasSize(2)
        .allSatisfy(
            line ->
                assertThat(line)
                    .endsWith("because consent for them to see the record was withdrawn"));
  }

  @Test
  void aChangeAfterAccessEndedLeavesThemOffButNamingThemAfreshOrGivingThemAnActionIsRefused() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person ep = fixtures.professional(child);
    consent(child, ep, "GIVEN");
    JsonNode booked = calls.arrange(child.id(), inDays(10), false, ep.id());
    JsonNode held = calls.arrange(child.id(), inDays(-1), false, ep.id());
    consent(child, ep, "WITHDRAWN");
    EventPublications.awaitHandled(jdbc, child.id().toString());

    ApiClient.Response moved =
        calls.put(id(booked), "\"location\":\"The hall\"", calls.version(id(booked)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(invitees(moved.json())).doesNotContain(ep.id().toString());

    ApiClient.Response named =
        calls.put(
            id(booked),
            "\"inviteeIds\":[\"" + ep.id() + "\"]",
            moved.json().get("version").asLong());
    assertThat(named.status()).isEqualTo(400);
    assertThat(named.json().get("errors").get(0).get("field").asString()).isEqualTo("inviteeIds");

    ApiClient.Response action =
        api.post(
            MeetingCalls.path(id(held)) + "/actions",
            senco,
            "{\"description\":\"Write the report\",\"ownerId\":\""
                + ep.id()
                + "\",\"dueOn\":\""
                + LocalDate.now().plusWeeks(2)
                + "\"}");
    assertThat(action.status())
        .as("still on the held meeting's list, as history, but given no action")
        .isEqualTo(400);
    assertThat(action.json().get("errors").get(0).get("field").asString()).isEqualTo("ownerId");
  }

  private void consent(MeetingFixtures.Fresh child, MeetingFixtures.Person ep, String status) {
    ApiClient.Response recorded =
        api.post(
            "/api/v1/children/" + child.id() + "/consents",
            senco,
            "{\"memberId\":\""
                + ep.memberId()
                + "\",\"status\":\""
                + status
                + "\",\"method\":\"WRITTEN\",\"givenBy\":\"Sam, the mother\"}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
  }

  private List<String> attendees(String meetingId) {
    ApiClient.Response ics =
        api.get(
            MeetingCalls.path(meetingId) + "/invite.ics", api.tokenFor(MeetingFixtures.TEACHER));
    assertThat(ics.status()).isEqualTo(200);
    return Calendars.values(Calendars.event(Calendars.parse(ics.body())), Property.ATTENDEE);
  }

  private long mailsTo(String email) {
    return jdbc.queryForObject(
        "select count(*) from outbox_message where recipient = ?", Long.class, email);
  }
}
