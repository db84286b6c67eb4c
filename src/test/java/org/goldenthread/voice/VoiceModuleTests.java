package org.goldenthread.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.plan.Participation;
import org.goldenthread.plan.Plans;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The voice module with only what it depends on, for a pupil with a parent at a school of its own:
 * a view recorded is announced and kept in the child's history; its response is announced, and
 * counts on the plan's participation ladder through the evidence point the plan defines. The
 * meetings are not started: their port, {@link ViewMeetings}, is mocked.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class VoiceModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Views views;
  @Autowired Plans plans;
  @Autowired ChildAccess access;
  @MockitoBean ViewMeetings meetings;

  @Test
  void aViewRecordedIsAnnouncedAndKeptInTheChildsHistory(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());

    scenario
        .stimulate(() -> views.record(asParent, ViewInput.ofChild("I like maths", null)))
        .andWaitForEventOfType(ViewRecorded.class)
        .matching(recorded -> recorded.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (recorded, view) -> {
              assertThat(recorded.viewId()).isEqualTo(view.id());
              assertThat(recorded.whose()).isEqualTo(Whose.CHILD);
              assertThat(views.openLoops(asParent))
                  .extracting(RecordedView::id)
                  .contains(view.id());
            });
  }

  @Test
  void theResponseIsAnnouncedAndCountsOnTheLadder(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent =
        access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
    RecordedView view = views.record(asParent, ViewInput.ofChild("Too loud at lunch", null));
    AccessibleChild asSenco = access.open(school.senco(), pupil.id());
    assertThat(plans.plan(asSenco).participation()).isEqualTo(Participation.INFORMED);

    scenario
        .stimulate(
            () ->
                views.respond(
                    asSenco,
                    view.id(),
                    new ResponseInput("Lunch in the library", null, views.today()),
                    0L))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && java.util.Set.of("audit.what.view.answered", "audit.what.view.fedBack")
                        .contains(changed.what().key()))
        .toArriveAndVerify(
            changed ->
                assertThat(changed.what()).isEqualTo(Happened.of("audit.what.view.fedBack")));
    assertThat(views.get(asParent, view.id()).status()).isEqualTo(ViewStatus.FED_BACK);
    assertThat(plans.plan(asSenco).participation()).isEqualTo(Participation.CONSULTED);
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Voice" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Voice" + tag)
        .add();
  }
}
