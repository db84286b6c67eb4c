package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadBreaksTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final LocalDate TARGET = LocalDate.of(2027, 7, 20);

  @Test
  void aWholeThreadHasNoBreaks() {
    AspirationView friends = Views.aspiration("To have friends");
    NeedView language = Views.need("Language delay", friends);
    OutcomeView group = Views.outcome("A small group of friends", TARGET, language);
    ProvisionView club =
        Views.provision("Social skills group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 4, group);
    assertThat(
            breaks(Views.plan(List.of(friends), List.of(language), List.of(group), List.of(club))))
        .isEmpty();
  }

  @Test
  void anEmptyPlanHasNoBreaks() {
    assertThat(breaks(PlanContent.empty())).isEmpty();
  }

  @Test
  void eachLooseEndIsABreakAtItsItemInThreadOrder() {
    AspirationView alone = Views.aspiration("To ride a bike");
    NeedView needAlone = Views.need("Balance");
    OutcomeView undated = Views.outcome("Rides ten metres", null, needAlone);
    ProvisionView idle = Views.provision("Physio exercises", DelivererRole.THERAPIST, 1, 20, 1);
    List<ThreadBreak> found =
        ThreadBreaks.in(
            Views.plan(List.of(alone), List.of(needAlone), List.of(undated), List.of(idle)),
            List.of());
    assertThat(found)
        .extracting(b -> b.kind() + " " + b.item().words())
        .containsExactly(
            "ASPIRATION_UNADDRESSED To ride a bike",
            "OUTCOME_WITHOUT_PROVISION Rides ten metres",
            "OUTCOME_WITHOUT_TARGET_DATE Rides ten metres",
            "PROVISION_WITHOUT_OUTCOME Physio exercises");
  }

  @Test
  void aNeedIsABreakUntilAnOutcomeAddressesIt() {
    NeedView need = Views.need("Anxiety at lunchtime");
    assertThat(breaks(Views.plan(List.of(), List.of(need), List.of(), List.of())))
        .containsExactly(BreakKind.NEED_WITHOUT_OUTCOME);
    OutcomeView outcome = Views.outcome("Eats lunch in the hall", TARGET, need);
    assertThat(breaks(Views.plan(List.of(), List.of(need), List.of(outcome), List.of())))
        .containsExactly(BreakKind.OUTCOME_WITHOUT_PROVISION);
  }

  @Test
  void breaksAnotherRuleAddsAreListedAtTheirItemAfterThePlansOwn() {
    NeedView need = Views.need("Reading");
    OutcomeView first = Views.outcome("Reads a page", null, need);
    OutcomeView second =
        Views.outcome("Spells ten words", TARGET, Views.MONDAY.plusSeconds(60), false, need);
    ProvisionView provision =
        Views.provision("Reading group", DelivererRole.TEACHER, 3, 20, 5, first, second);
    PlanContent plan =
        Views.plan(List.of(), List.of(need), List.of(first, second), List.of(provision));
    LocalDate reviewed = LocalDate.of(2026, 4, 10);

    List<ThreadBreak> found =
        ThreadBreaks.in(
            plan,
            List.of(
                new ThreadBreak(BreakKind.OUTCOME_NOT_REVIEWED, second, reviewed),
                new ThreadBreak(BreakKind.OUTCOME_NOT_REVIEWED, first, reviewed)));

    assertThat(found)
        .extracting(b -> b.kind() + " " + b.item().words())
        .containsExactly(
            "OUTCOME_WITHOUT_TARGET_DATE Reads a page",
            "OUTCOME_NOT_REVIEWED Reads a page",
            "OUTCOME_NOT_REVIEWED Spells ten words");
  }

  private static List<BreakKind> breaks(PlanContent plan) {
    return ThreadBreaks.in(plan, List.of()).stream().map(ThreadBreak::kind).toList();
  }
}
