package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.deadline.Deadlines;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.support.PageSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The demo meetings tell the story of issue 5 whenever the app runs: Sarah's closed review with her
 * mother's preparation, minutes, one action done and one overdue, and the next review booked, to
 * which her father, who has no account, is invited by email; Oliver, on SEN support with no meeting
 * with his parents this year, flagged on the rhythm; Chloe's annual review with the council's
 * officer; something to do on the home of every demo role who works with children; and among the
 * deadlines, an open action of Sarah's mother and the next of Sarah's three meetings a year.
 */
@IntegrationTest
class DemoMeetingsTests {

  @Autowired Accounts accounts;
  @Autowired Children children;
  @Autowired ChildAccess access;
  @Autowired Meetings meetings;
  @Autowired MeetingAccess meetingAccess;
  @Autowired MeetingPreparation preparation;
  @Autowired MeetingActions actions;
  @Autowired MeetingClosing closing;
  @Autowired MeetingRhythms rhythms;
  @Autowired Deadlines deadlines;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void sarahHasAClosedReviewWithPreparationMinutesTwoActionsAndTheNextOneBooked() {
    CurrentUser claire = user("parent@example.org");
    AccessibleChild sarah = child(claire, "E990212100001");
    MeetingView review =
        meetings.forChild(sarah).stream()
            .filter(m -> m.status() == MeetingStatus.CLOSED)
            .filter(m -> m.kind() == MeetingKind.SEN_SUPPORT_REVIEW)
            .findFirst()
            .orElseThrow();
    assertThat(review.startsAt()).isBefore(Instant.now());
    assertThat(review.invites(claire.id())).isTrue();
    assertThat(review.minutes().written()).isTrue();
    assertThat(review.agenda().get(0)).isEqualTo("What is going well for Sarah");

    AccessibleMeeting asClaire = meetingAccess.open(claire, review.id());
    assertThat(preparation.list(asClaire))
        .extracting(ContributionView::kind)
        .contains(ContributionKind.PARENT_KEY_POINTS, ContributionKind.QUESTION);
    List<ActionView> agreed = actions.forMeeting(asClaire.child(), asClaire.id());
    assertThat(agreed).extracting(ActionView::status).contains(ActionStatus.DONE);
    assertThat(agreed).anyMatch(a -> a.status() == ActionStatus.OPEN && a.overdue());

    WhatHappensNext next = closing.whatHappensNext(asClaire);
    assertThat(next.nextMeeting()).isNotNull();
    assertThat(next.nextMeeting().status()).isEqualTo(MeetingStatus.BOOKED);
    assertThat(next.nextMeeting().startsAt()).isAfter(Instant.now());
    assertThat(meetings.upcomingFor(claire))
        .extracting(MeetingView::id)
        .contains(next.nextMeeting().id());

    CurrentUser helen = user("senco@riverside.example");
    assertThat(actions.openOwnedBy(helen))
        .anyMatch(a -> a.childId().equals(sarah.id()) && a.overdue());
    ChildRhythm rhythm = rhythms.forChild(sarah).orElseThrow();
    assertThat(rhythm.nextMeetingId()).isEqualTo(next.nextMeeting().id());
    assertThat(rhythm.check().held())
        .as("the review four weeks ago counts once this school year has reached it")
        .isEqualTo(
            MeetingRhythm.yearStart(LocalDate.now()).isAfter(MeetingTimes.dateOf(review.startsAt()))
                ? 0
                : 1);
  }

  @Test
  void sarahsFatherWithNoAccountIsInvitedToHerNextReviewByEmailWithALinkToSignUp() {
    CurrentUser helen = user("senco@riverside.example");
    AccessibleChild sarah = child(helen, "E990212100001");
    assertThat(meetings.invitedByEmail(sarah)).containsExactly("David Bennett");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "select count(*) from family_invitation f join invitation i"
                                + " on i.id = f.invitation_id"
                                + " where i.email = 'david.bennett@example.org'"
                                + " and f.child_id = ?",
                            Long.class,
                            sarah.id()))
                    .as("the invitation to her next review carried a link to create his account")
                    .isPositive());
  }

  @Test
  void oliverIsFlaggedOnTheThreeMeetingsAYear() {
    CurrentUser helen = user("senco@riverside.example");
    ChildRhythm oliver =
        rhythms
            .forSchools(helen, helen.organisationsWhere(org.goldenthread.identity.Role.SENCO))
            .stream()
            .filter(r -> r.childName().equals("Oliver Nowak"))
            .findFirst()
            .orElseThrow();
    assertThat(oliver.check().held()).isZero();
    assertThat(oliver.check().noneBooked()).isTrue();
    assertThat(oliver.check().flagged())
        .as("flagged whenever the rule flags a child with no meeting at all")
        .isEqualTo(MeetingRhythm.check(LocalDate.now(), List.of(), List.of()).flagged());
    assertThat(
            rhythms.forSchools(
                helen, helen.organisationsWhere(org.goldenthread.identity.Role.SENCO)))
        .as("Sarah has a meeting held and the next booked")
        .anyMatch(r -> r.childName().equals("Sarah Bennett") && !r.check().noneBooked());
  }

  @Test
  void chloesAnnualReviewIsBookedWithTheCouncilsOfficerWhoOwesAnActionBeforeIt() {
    CurrentUser priya = user("officer@northshire.example");
    assertThat(meetings.upcomingFor(priya))
        .anyMatch(
            m ->
                m.kind() == MeetingKind.ANNUAL_REVIEW
                    && m.status() == MeetingStatus.BOOKED
                    && m.startsAt().isAfter(Instant.now()));
    assertThat(actions.openOwnedBy(priya))
        .singleElement()
        .satisfies(a -> assertThat(a.dueOn()).isAfter(LocalDate.now()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "parent@example.org",
        "senco@riverside.example",
        "teacher@riverside.example",
        "salt@salt.example",
        "officer@northshire.example"
      })
  void everyDemoRoleFindsAMeetingOrAnActionOnTheirHome(String email) {
    PageSession session = new PageSession(port);
    session.signIn(email, "thread-demo-2026");
    Document home = session.get("/").document();
    assertThat(home.select("#your-meetings li[id^=your-meeting-]").size())
        .as("meetings coming up on the home of %s", email)
        .isPositive();
    assertThat(home.select("#your-actions tbody tr").size())
        .as("open actions on the home of %s", email)
        .isPositive();
  }

  @Test
  void theDeadlinesShowAnOpenActionOfTheFamilyAndTheNextOfTheThreeMeetings() {
    CurrentUser claire = user("parent@example.org");
    AccessibleChild sarah = child(claire, "E990212100001");
    Authentication asClaire = new UsernamePasswordAuthenticationToken(claire, null, List.of());

    assertThat(deadlines.visibleTo(asClaire, DeadlineStatus.PENDING, null))
        .anyMatch(
            d ->
                d.kind() == DeadlineKind.ACTION
                    && d.owner() == DeadlineOwner.FAMILY
                    && d.childId().equals(sarah.id()));
    assertThat(deadlines.aboutChild(asClaire, sarah.id()))
        .anyMatch(d -> d.kind() == DeadlineKind.MEETING_CADENCE);
  }

  private AccessibleChild child(CurrentUser user, String upn) {
    ChildSummary found =
        children.visibleTo(user).stream()
            .filter(c -> upn.equals(c.upn()))
            .findFirst()
            .orElseThrow();
    return access.open(user, found.id());
  }

  private CurrentUser user(String email) {
    return accounts.findByEmail(email).orElseThrow();
  }
}
