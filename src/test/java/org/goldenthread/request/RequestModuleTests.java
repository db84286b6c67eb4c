package org.goldenthread.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The request module with only what it depends on, for a pupil with a parent at a school of its
 * own: a request made is announced (for the notifications) and recorded in the child's history, and
 * is a deadline of the school; its answer is announced too; the family may not answer.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class RequestModuleTests {

  @Autowired ApplicationContext context;
  @Autowired WrittenRequests requests;
  @Autowired RequestDeadlines deadlines;
  @Autowired ChildAccess access;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRequestMadeIsAnnouncedRecordedAndADeadlineOfTheSchool(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());

    scenario
        .stimulate(
            () ->
                requests.make(
                    asParent,
                    new RequestInput(RequestKind.MEETING, RequestTo.SCHOOL, "Can we meet?")))
        .andWaitForEventOfType(RequestMade.class)
        .matching(made -> made.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (made, view) -> {
              assertThat(made.requestId()).isEqualTo(view.id());
              assertThat(made.to()).isEqualTo(RequestTo.SCHOOL);
              assertThat(made.dueOn()).isEqualTo(view.dueOn());
              List<Deadline> due =
                  deadlines.aboutChild(
                      new UsernamePasswordAuthenticationToken(school.senco(), null, List.of()),
                      pupil.id());
              assertThat(due)
                  .singleElement()
                  .satisfies(
                      d -> {
                        assertThat(d.kind()).isEqualTo(DeadlineKind.REQUEST_ANSWER);
                        assertThat(d.owner()).isEqualTo(DeadlineOwner.SCHOOL);
                        assertThat(d.status()).isEqualTo(DeadlineStatus.PENDING);
                        assertThat(d.subjectId()).isEqualTo(view.id());
                        assertThat(d.page())
                            .isEqualTo("/children/" + pupil.id() + "/requests/" + view.id());
                      });
              assertThat(requests.onHomeOf(school.senco()).awaiting())
                  .extracting(RequestView::id)
                  .contains(view.id());
            });
  }

  @Test
  void theAnswerIsRecordedInTheChildsHistoryAndAnnounced(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
    RequestView made =
        requests.make(
            asParent, new RequestInput(RequestKind.SEN_SUPPORT, RequestTo.SCHOOL, "Help, please"));
    AccessibleChild asSenco = access.open(school.senco(), pupil.id());

    assertThatThrownBy(
            () ->
                requests.answer(
                    asParent, made.id(), new AnswerInput("Yes", RequestDecision.AGREED), null))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));

    scenario
        .stimulate(
            () ->
                requests.answer(
                    asSenco,
                    made.id(),
                    new AnswerInput("Yes, from Monday", RequestDecision.AGREED),
                    0L))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && changed.what().key().startsWith("audit.what.request.answered"))
        .toArriveAndVerify(
            changed ->
                assertThat(changed.what())
                    .isEqualTo(
                        Happened.of(
                            "audit.what.request.answered",
                            Happened.words("audit.request.kind.SEN_SUPPORT"),
                            Happened.words("audit.request.decision.AGREED"))));
    assertThat(requests.get(asParent, made.id()).status()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(requests.onHomeOf(school.senco()).awaiting())
        .extracting(RequestView::id)
        .doesNotContain(made.id());
  }

  @Test
  void aHomeShowsTheRequestsAwaitingTheSencosAnswerAndTheLateOnesTheFamilyMade() {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    CurrentUser parent = new Pupils(context).user(pupil.parentEmail());
    AccessibleChild asParent = access.open(parent, pupil.id());
    RequestView onTime =
        requests.make(
            asParent, new RequestInput(RequestKind.MEETING, RequestTo.SCHOOL, "Can we meet?"));
    RequestView late =
        requests.make(
            asParent, new RequestInput(RequestKind.SEN_SUPPORT, RequestTo.SCHOOL, "Help, please"));
    jdbc.update(
        "update written_request set made_on = current_date - 30, due_on = current_date - 5"
            + " where id = ?",
        late.id());

    WrittenRequests.OnHome senco = requests.onHomeOf(school.senco());
    assertThat(senco.awaiting())
        .as("late ones first")
        .extracting(RequestView::id)
        .containsExactly(late.id(), onTime.id());
    assertThat(senco.late()).as("the SENCO made none").isEmpty();

    WrittenRequests.OnHome family = requests.onHomeOf(parent);
    assertThat(family.awaiting()).as("a parent answers no requests").isEmpty();
    assertThat(family.late()).extracting(RequestView::id).containsExactly(late.id());

    FreshSchool other = FreshSchool.open(context);
    assertThat(requests.onHomeOf(other.senco()).awaiting()).as("another school's SENCO").isEmpty();
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Ask" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Ask" + tag)
        .add();
  }
}
