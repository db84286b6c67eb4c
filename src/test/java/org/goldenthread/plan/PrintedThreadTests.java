package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan laid out for paper: the thread from each hope, then what hangs from nothing. */
class PrintedThreadTests {

  static final LocalDate JULY = LocalDate.of(2027, 7, 20);

  @Test
  void followsTheThreadFromEachHopeShowingSharedItemsUnderEach() {
    AspirationView friends = Views.aspiration("To make friends");
    AspirationView school = Views.aspiration("To enjoy school");
    NeedView games = Views.need("Finds games at break hard", friends, school);
    OutcomeView joins = Views.outcome("Joins a game", JULY, games);
    ProvisionView group =
        Views.provision("Social skills group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 1, joins);

    PrintedThread thread = PrintedThread.of(plan(List.of(friends, school), games, joins, group));

    assertThat(thread.aspirations()).hasSize(2);
    for (PrintedThread.AspirationBranch branch : thread.aspirations()) {
      assertThat(branch.needs()).extracting(n -> n.need().text()).containsExactly(games.text());
      assertThat(branch.needs().get(0).outcomes().get(0).outcome()).isEqualTo(joins);
      assertThat(branch.needs().get(0).outcomes().get(0).provision()).containsExactly(group);
    }
    assertThat(thread.hasLooseEnds()).isFalse();
  }

  @Test
  void listsWhatHangsFromNothingSoThatNothingIsLeftOut() {
    AspirationView alone = Views.aspiration("To swim a length");
    NeedView tired = Views.need("Gets tired");
    OutcomeView laptop = Views.outcome("Writes on a laptop", null);
    ProvisionView typing = Views.provision("Touch typing", DelivererRole.OTHER, 3, 15, 4);

    PrintedThread thread = PrintedThread.of(plan(List.of(alone), tired, laptop, typing));

    assertThat(thread.aspirations().get(0).needs()).isEmpty();
    assertThat(thread.needsWithoutAspiration()).extracting(n -> n.need()).containsExactly(tired);
    assertThat(thread.outcomesWithoutNeed()).extracting(o -> o.outcome()).containsExactly(laptop);
    assertThat(thread.provisionWithoutOutcome()).containsExactly(typing);
    assertThat(thread.hasLooseEnds()).isTrue();
  }

  @Test
  void groupsStrategiesByWhereTheyAreUsedBothPlacesFirst() {
    StrategyView home = strategy("Calm corner in the bedroom", UsedAt.HOME);
    StrategyView both = strategy("A five-minute warning", UsedAt.BOTH);
    PlanView plan =
        new PlanView(
            UUID.randomUUID(),
            1,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(home, both),
            List.of(),
            Participation.INFORMED,
            "",
            ProvisionFigures.totals(List.of()),
            null,
            List.of());

    assertThat(PrintedThread.of(plan).strategies())
        .extracting(g -> g.usedAt() + " " + g.strategies().size())
        .containsExactly("BOTH 1", "HOME 1");
  }

  private static StrategyView strategy(String text, UsedAt usedAt) {
    return new StrategyView(UUID.randomUUID(), text, usedAt, Views.MONDAY, 0);
  }

  private static PlanView plan(
      List<AspirationView> aspirations,
      NeedView need,
      OutcomeView outcome,
      ProvisionView provision) {
    return new PlanView(
        UUID.randomUUID(),
        1,
        null,
        aspirations,
        List.of(need),
        List.of(outcome),
        List.of(provision),
        List.of(),
        List.of(),
        Participation.INFORMED,
        "",
        ProvisionFigures.totals(List.of(provision)),
        null,
        List.of());
  }
}
