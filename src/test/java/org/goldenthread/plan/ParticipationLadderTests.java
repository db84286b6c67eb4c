package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ParticipationLadderTests {

  static final FamilyContributions.Agreement CLAIRE =
      new FamilyContributions.Agreement("Claire Bennett", LocalDate.of(2026, 3, 3));

  @Test
  void aFamilyThatHasContributedNothingIsInformed() {
    ParticipationLadder.Assessment nothing = ParticipationLadder.assess(FamilyContributions.none());
    assertThat(nothing.level()).isEqualTo(Participation.INFORMED);
    assertThat(reason(nothing)).startsWith("The family has not added anything to this plan yet");
  }

  @Test
  void commentingAddingStrategiesOrAgreeingIsBeingConsulted() {
    assertThat(level(0, 0, 0, 1, false, null)).isEqualTo(Participation.CONSULTED);
    assertThat(level(0, 0, 1, 0, false, null)).isEqualTo(Participation.CONSULTED);
    assertThat(level(0, 0, 0, 0, true, null))
        .as("agreeing a plan written for them")
        .isEqualTo(Participation.CONSULTED);
    assertThat(reason(ParticipationLadder.assess(contributions(0, 0, 2, 1, true, null))))
        .isEqualTo(
            "The family has taken part so far with one comment and 2 strategies, and has agreed a"
                + " version of the plan. The plan is engaged once they write an aspiration or help"
                + " write an outcome.");
  }

  @Test
  void writingAnAspirationOrAnOutcomeIsBeingEngaged() {
    assertThat(level(1, 0, 0, 0, false, null)).isEqualTo(Participation.ENGAGED);
    assertThat(level(0, 1, 0, 0, false, null)).isEqualTo(Participation.ENGAGED);
    assertThat(level(2, 0, 3, 4, true, null)).isEqualTo(Participation.ENGAGED);
    assertThat(reason(ParticipationLadder.assess(contributions(2, 0, 0, 0, false, null))))
        .isEqualTo(
            "The family wrote or helped write 2 aspirations and no outcomes. The plan is"
                + " co-produced once they have written both and a parent agrees its current"
                + " version.");
  }

  @Test
  void anAgreementWithoutAspirationsAndOutcomesOfTheirOwnIsNotCoProduction() {
    assertThat(level(1, 0, 0, 0, true, CLAIRE)).isEqualTo(Participation.ENGAGED);
    assertThat(level(0, 1, 0, 0, true, CLAIRE)).isEqualTo(Participation.ENGAGED);
    assertThat(level(0, 0, 0, 0, true, CLAIRE)).isEqualTo(Participation.CONSULTED);
  }

  @Test
  void writingBothWithoutAnAgreementOfTheCurrentVersionIsEngaged() {
    assertThat(level(1, 1, 0, 0, false, null)).isEqualTo(Participation.ENGAGED);
    assertThat(level(1, 1, 0, 0, true, null))
        .as("an earlier version was agreed, then the plan changed")
        .isEqualTo(Participation.ENGAGED);
  }

  @Test
  void aspirationsAndOutcomesWrittenWithTheFamilyAndTheCurrentVersionAgreedIsCoProduced() {
    ParticipationLadder.Assessment assessment =
        ParticipationLadder.assess(contributions(1, 2, 0, 0, true, CLAIRE));
    assertThat(assessment.level()).isEqualTo(Participation.CO_PRODUCED);
    assertThat(reason(assessment))
        .isEqualTo(
            "The family wrote or helped write one aspiration and 2 outcomes, and Claire Bennett"
                + " agreed this version of the plan on 3 March 2026.");
  }

  @Test
  void viewsOfTheChildOrFamilyThatWereAnsweredAreBeingConsulted() {
    ParticipationLadder.Assessment answered =
        ParticipationLadder.assess(new FamilyContributions(0, 0, 0, 0, false, null, 2));
    assertThat(answered.level()).isEqualTo(Participation.CONSULTED);
    assertThat(reasons(answered))
        .containsExactly("2 views of the child or the family were answered.");
    assertThat(reason(answered))
        .isEqualTo(
            "The family has taken part so far with no comments and no strategies; 2 of their"
                + " views were answered. The plan is engaged once they write an aspiration or help"
                + " write an outcome.");
    assertThat(
            ParticipationLadder.assess(new FamilyContributions(0, 0, 0, 0, false, null, 0)).level())
        .as("no view answered")
        .isEqualTo(Participation.INFORMED);
  }

  @Test
  void participationRisesFromConsultedToCoProducedWhenThePlanIsAgreedWithTheFamily() {
    FamilyContributions consulted = new FamilyContributions(0, 0, 0, 0, false, null, 1);
    FamilyContributions writing = new FamilyContributions(1, 1, 0, 0, false, null, 1);
    FamilyContributions agreed = new FamilyContributions(1, 1, 0, 0, true, CLAIRE, 1);

    assertThat(ParticipationLadder.assess(consulted).level()).isEqualTo(Participation.CONSULTED);
    assertThat(ParticipationLadder.assess(writing).level()).isEqualTo(Participation.ENGAGED);
    ParticipationLadder.Assessment coProduced = ParticipationLadder.assess(agreed);
    assertThat(coProduced.level()).isEqualTo(Participation.CO_PRODUCED);
    assertThat(reasons(coProduced))
        .containsExactly(
            "The family wrote or helped write one aspiration.",
            "One outcome was written with the family.",
            "One view of the child or the family was answered.",
            "Claire Bennett agreed this version of the plan on 3 March 2026.");
  }

  @Test
  void everyReasonThatHoldsIsASentenceOfItsOwn() {
    assertThat(reasons(ParticipationLadder.assess(contributions(2, 0, 3, 1, true, null))))
        .containsExactly(
            "The family wrote or helped write 2 aspirations.",
            "The family added 3 things that help.",
            "The family made one comment on the plan.",
            "The family agreed an earlier version of the plan.");
    assertThat(reasons(ParticipationLadder.assess(FamilyContributions.none())))
        .containsExactly("The family has not added anything to this plan yet.");
  }

  @Test
  void everyLevelHasAReasonInMessages() {
    for (ParticipationLadder.Assessment assessment :
        List.of(
            ParticipationLadder.assess(contributions(0, 0, 0, 0, false, null)),
            ParticipationLadder.assess(contributions(0, 0, 0, 1, false, null)),
            ParticipationLadder.assess(contributions(1, 0, 0, 0, false, null)),
            ParticipationLadder.assess(contributions(1, 1, 0, 0, true, CLAIRE)))) {
      assertThat(reason(assessment)).doesNotContain("{").doesNotContain("plan.participation");
    }
  }

  private static Participation level(
      int aspirations,
      int outcomes,
      int strategies,
      int comments,
      boolean agreedAny,
      FamilyContributions.Agreement current) {
    return ParticipationLadder.assess(
            contributions(aspirations, outcomes, strategies, comments, agreedAny, current))
        .level();
  }

  private static FamilyContributions contributions(
      int aspirations,
      int outcomes,
      int strategies,
      int comments,
      boolean agreedAny,
      FamilyContributions.Agreement current) {
    return new FamilyContributions(aspirations, outcomes, strategies, comments, agreedAny, current);
  }

  /** Each reason as the plan shows it, from messages.properties. */
  static List<String> reasons(ParticipationLadder.Assessment assessment) {
    return assessment.reasons().stream()
        .map(
            r ->
                reason(
                    new ParticipationLadder.Assessment(assessment.level(), r.key(), r.arguments())))
        .toList();
  }

  /** The sentence as the plan shows it, from messages.properties. */
  static String reason(ParticipationLadder.Assessment assessment) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    Object[] arguments =
        assessment.reasonArguments().stream()
            .map(a -> a instanceof LocalDate day ? new org.goldenthread.web.Dates().date(day) : a)
            .toArray();
    return messages.getMessage(assessment.reasonKey(), arguments, Locale.UK);
  }
}
