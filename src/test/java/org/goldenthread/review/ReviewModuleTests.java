package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.Plans;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.voice.ViewMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The reviews with only what they depend on (the plan they talk to mocked): recording a review
 * keeps it, tells the plan the progress found and publishes what was decided, for the audit and
 * whoever else listens.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements. The views
 * the reviews link start without the meetings: their port, {@code voice.ViewMeetings}, is mocked.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class ReviewModuleTests {

  @Autowired Reviews reviews;
  @Autowired JdbcClient sql;
  @MockitoBean Plans plans;
  @MockitoBean ViewMeetings meetings;

  @Test
  void recordingAReviewSetsTheProgressInThePlanAndPublishesTheDecision(Scenario scenario) {
    AccessibleChild child =
        TestDoor.child(TestDoor.person("Sam Patel", Role.SENCO), "Ada Review", Relationship.SENCO);
    FreshSchool.child(
        sql, child.id(), FreshSchool.school(sql, child.id().toString().substring(0, 8)));
    OutcomeView outcome =
        new OutcomeView(
            UUID.randomUUID(),
            "Reads a page aloud",
            null,
            LocalDate.now().plusMonths(6),
            OutcomeStatus.IN_PROGRESS,
            false,
            List.of(),
            List.of(),
            Instant.now().minusSeconds(86_400 * 30),
            1);
    given(plans.mayEdit(child, PlanItemKind.OUTCOMES)).willReturn(true);
    given(plans.outcomes(child)).willReturn(List.of(outcome));
    ReviewInput input =
        new ReviewInput(
            LocalDate.now(),
            List.of(
                new ReviewInput.Progress(
                    outcome.id(), OutcomeStatus.ACHIEVED, "Read to the class on Friday")),
            "Pleased",
            "I like reading now",
            "Her teaching assistant",
            ReviewDecision.CONTINUE,
            null,
            LocalDate.now().plusWeeks(12));

    scenario
        .stimulate(() -> reviews.record(child, input))
        .andWaitForEventOfType(ReviewRecorded.class)
        .matching(recorded -> recorded.childId().equals(child.id()))
        .toArriveAndVerify(
            recorded -> {
              assertThat(recorded.decision()).isEqualTo(ReviewDecision.CONTINUE);
              assertThat(recorded.outcomesReviewed()).isEqualTo(1);
              assertThat(recorded.actorName()).isEqualTo("Sam Patel");
              assertThat(recorded.role()).isEqualTo(Relationship.SENCO);
            });

    verify(plans).hold(child);
    verify(plans).setOutcomeStatuses(eq(child), eq(Map.of(outcome.id(), OutcomeStatus.ACHIEVED)));
    assertThat(reviews.list(child))
        .singleElement()
        .satisfies(r -> assertThat(r.progress()).hasSize(1));
  }
}
