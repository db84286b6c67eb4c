package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.SENCO;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.Voice;
import org.junit.jupiter.api.Test;

/** A draft EHC plan takes each section from the right record, and adds nothing of its own. */
class DraftAssemblerTests {

  final AccessibleChild sarah = TestDoor.child(SENCO, "Sarah Bennett", Relationship.SENCO);

  @Test
  void sectionAHoldsTheAspirationsTheWrittenProfileAndTheFamilysComments() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.full(sarah));

    assertThat(draft.views().aspirations())
        .extracting(a -> a.voice())
        .containsExactly(Voice.CHILD, Voice.PARENT);
    assertThat(draft.views().profile())
        .as("sections not yet written are left out")
        .extracting(ProfileSectionView::section)
        .containsExactly(ProfileSectionKind.LIKE_AND_ADMIRE, ProfileSectionKind.HOW_I_COMMUNICATE);
    assertThat(draft.views().comments())
        .as("the family's comments only, with the words of the item commented on")
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.author()).isEqualTo("Claire Bennett");
              assertThat(c.text()).isEqualTo("She loves the group.");
              assertThat(c.about()).isEqualTo("Social skills group");
            });
  }

  @Test
  void sectionBGroupsTheNeedsByAreaInTheCodesOrder() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.full(sarah));

    assertThat(draft.needs())
        .extracting(DraftPlan.NeedArea::area)
        .containsExactly(AreaOfNeed.COMMUNICATION_AND_INTERACTION, AreaOfNeed.SEMH);
    assertThat(draft.needs().get(0).needs()).containsExactly("Her language is delayed.");
    assertThat(draft.needs().get(1).needs()).containsExactly("She becomes anxious in new places.");
  }

  @Test
  void sectionEHoldsEachOutcomeWithTheNeedsItAddresses() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.full(sarah));

    assertThat(draft.outcomes()).hasSize(2);
    assertThat(draft.outcomes().get(0).outcome().successCriteria())
        .isEqualTo("She names two friends she meets outside school.");
    assertThat(draft.outcomes().get(0).needs()).containsExactly("Her language is delayed.");
    assertThat(draft.outcomes().get(1).needs())
        .containsExactly("She becomes anxious in new places.");
  }

  @Test
  void sectionFHoldsEachProvisionWithItsOutcomesAndWhatItDoesNotSay() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.full(sarah));

    assertThat(draft.provision()).hasSize(2);
    DraftPlan.DraftProvision group = draft.provision().get(0);
    assertThat(group.specific()).isTrue();
    assertThat(group.outcomes()).containsExactly("Sarah has a small group of friends.");
    DraftPlan.DraftProvision therapy = draft.provision().get(1);
    assertThat(therapy.missing()).containsExactly(SpecificProvision.Part.WHO);
    assertThat(therapy.outcomes()).containsExactly("Sarah travels on her own.");
    assertThat(draft.flagged()).isOne();
    assertThat(draft.strategies()).hasSize(1);
  }

  @Test
  void sectionIIsTheSchoolAndItsTypeAndSectionKTheAdviceAskedAndReceived() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.full(sarah));

    assertThat(draft.child().schoolName()).isEqualTo("Riverside Academy");
    assertThat(draft.schoolType()).isEqualTo(SchoolPhase.SECONDARY);
    assertThat(draft.advice())
        .containsExactly(
            new DraftPlan.Advice(
                "Educational psychology service",
                LocalDate.parse("2026-02-11"),
                LocalDate.parse("2026-03-20")),
            new DraftPlan.Advice(
                "Northshire speech and language therapy", LocalDate.parse("2026-02-12"), null));
    assertThat(draft.planVersion()).isEqualTo(12);
  }

  @Test
  void withNothingRecordedEverySectionIsEmptyAndNothingIsMadeUp() {
    DraftPlan draft = DraftAssembler.assemble(DraftSources.empty(sarah));

    assertThat(draft.views().isEmpty()).isTrue();
    assertThat(draft.needs()).isEmpty();
    assertThat(draft.outcomes()).isEmpty();
    assertThat(draft.provision()).isEmpty();
    assertThat(draft.strategies()).isEmpty();
    assertThat(draft.advice()).isEmpty();
    assertThat(draft.schoolType()).isNull();
    assertThat(draft.flagged()).isZero();
  }
}
