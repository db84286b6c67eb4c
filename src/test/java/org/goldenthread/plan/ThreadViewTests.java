package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan as a thread to read: nesting, items on no thread, and anchors given once. */
class ThreadViewTests {

  static final LocalDate JULY = LocalDate.of(2027, 7, 20);

  @Test
  void eachHopeHoldsItsNeedsTheirOutcomesAndTheirSupport() {
    AspirationView friends = Views.aspiration("To have friends");
    NeedView words = Views.need("Needs time to find her words", friends);
    OutcomeView talk = Views.outcome("Starts a conversation", JULY, words);
    ProvisionView group =
        Views.provision("Social skills group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 6, talk);

    ThreadView thread =
        ThreadView.of(plan(List.of(friends), List.of(words), List.of(talk), List.of(group)));

    assertThat(thread.aspirations()).hasSize(1);
    ThreadView.AspirationNode hope = thread.aspirations().get(0);
    assertThat(hope.entry().item()).isEqualTo(friends);
    ThreadView.NeedNode need = hope.needs().get(0);
    assertThat(need.entry().item()).isEqualTo(words);
    ThreadView.OutcomeNode outcome = need.outcomes().get(0);
    assertThat(outcome.entry().item()).isEqualTo(talk);
    assertThat(outcome.provisions()).extracting(ThreadView.Entry::item).containsExactly(group);
    assertThat(thread.hasLooseEnds()).isFalse();
    assertThat(outcome.provisions().get(0).anchor()).isEqualTo("provision-" + group.id());
  }

  @Test
  void anItemUnderTwoHopesAppearsUnderEachButCarriesItsAnchorOnlyTheFirstTime() {
    AspirationView friends = Views.aspiration("To have friends");
    AspirationView travel = Views.aspiration("To travel on my own");
    NeedView words = Views.need("Needs time to find her words", friends, travel);
    OutcomeView talk = Views.outcome("Starts a conversation", JULY, words);

    ThreadView thread =
        ThreadView.of(plan(List.of(friends, travel), List.of(words), List.of(talk), List.of()));

    ThreadView.NeedNode first = thread.aspirations().get(0).needs().get(0);
    ThreadView.NeedNode second = thread.aspirations().get(1).needs().get(0);
    assertThat(first.entry().item()).isEqualTo(second.entry().item());
    assertThat(first.entry().anchor()).isEqualTo("need-" + words.id());
    assertThat(second.entry().anchor()).isNull();
    assertThat(first.outcomes().get(0).entry().anchor()).isEqualTo("outcome-" + talk.id());
    assertThat(second.outcomes().get(0).entry().anchor()).isNull();
    assertThat(second.outcomes().get(0).entry().item()).isEqualTo(talk);
  }

  @Test
  void whatIsOnNoThreadIsKeptApartWithWhatHangsFromIt() {
    NeedView words = Views.need("Needs time to find her words");
    OutcomeView talk = Views.outcome("Starts a conversation", JULY, words);
    OutcomeView alone = Views.outcome("Reads a bus timetable", null);
    ProvisionView club = Views.provision("Lunchtime club", DelivererRole.TEACHER, 1, 45, 8);
    StrategyView pictures = Views.strategy("A picture timetable of the day");

    PlanView plan =
        plan(List.of(), List.of(words), List.of(talk, alone), List.of(club), List.of(pictures));
    ThreadView thread = ThreadView.of(plan);

    assertThat(thread.aspirations()).isEmpty();
    assertThat(thread.hasLooseEnds()).isTrue();
    assertThat(thread.needsAlone()).extracting(n -> n.entry().item()).containsExactly(words);
    assertThat(thread.needsAlone().get(0).outcomes())
        .extracting(o -> o.entry().item())
        .containsExactly(talk);
    assertThat(thread.outcomesAlone()).extracting(o -> o.entry().item()).containsExactly(alone);
    assertThat(thread.provisionsAlone()).extracting(ThreadView.Entry::item).containsExactly(club);
    assertThat(thread.strategies()).extracting(ThreadView.Entry::item).containsExactly(pictures);
    assertThat(thread.outcomesAlone().get(0).entry().breaks())
        .extracting(BreakView::kind)
        .containsExactlyInAnyOrder(
            BreakKind.OUTCOME_WITHOUT_PROVISION, BreakKind.OUTCOME_WITHOUT_TARGET_DATE);
    assertThat(thread.isEmpty()).isFalse();
  }

  @Test
  void anEmptyPlanHasAnEmptyThread() {
    ThreadView thread = ThreadView.of(plan(List.of(), List.of(), List.of(), List.of()));
    assertThat(thread.isEmpty()).isTrue();
    assertThat(thread.hasLooseEnds()).isFalse();
  }

  @Test
  void aBreakMendsWhereThePersonMayMakeTheChange() {
    UUID childId = UUID.randomUUID();
    NeedView words = Views.need("Needs time to find her words");
    BreakView found =
        new BreakView(BreakKind.NEED_WITHOUT_OUTCOME, words.id(), "", PlanItemKind.NEEDS);

    BreakNotice forStaff = BreakNotice.of(childId, found, "Needs time", true);
    assertThat(forStaff.mendHref())
        .isEqualTo("/children/" + childId + "/plan/outcomes/new?needIds=" + words.id());
    assertThat(forStaff.anchor()).isEqualTo("need-" + words.id());
    assertThat(BreakNotice.of(childId, found, "Needs time", false).mendHref()).isNull();
    assertThat(BreakNotice.mendedBy(BreakKind.ASPIRATION_UNADDRESSED))
        .isEqualTo(PlanItemKind.NEEDS);
    assertThat(
            BreakNotice.of(
                    childId,
                    new BreakView(
                        BreakKind.OUTCOME_NOT_REVIEWED, words.id(), "", PlanItemKind.OUTCOMES),
                    "",
                    true)
                .mendHref())
        .isEqualTo("/children/" + childId + "/reviews/new");
  }

  private static PlanView plan(
      List<AspirationView> aspirations,
      List<NeedView> needs,
      List<OutcomeView> outcomes,
      List<ProvisionView> provisions) {
    return plan(aspirations, needs, outcomes, provisions, List.of());
  }

  /** A plan of these items, with the breaks the rules find in it. */
  private static PlanView plan(
      List<AspirationView> aspirations,
      List<NeedView> needs,
      List<OutcomeView> outcomes,
      List<ProvisionView> provisions,
      List<StrategyView> strategies) {
    PlanContent content = new PlanContent(aspirations, needs, outcomes, provisions, strategies);
    List<BreakView> breaks = new ArrayList<>();
    for (ThreadBreak found : ThreadBreaks.in(content, List.of())) {
      breaks.add(new BreakView(found.kind(), found.item().id(), "", found.item().kind()));
    }
    return new PlanView(
        UUID.randomUUID(),
        1,
        null,
        content.aspirations(),
        content.needs(),
        content.outcomes(),
        content.provisions(),
        content.strategies(),
        breaks,
        Participation.INFORMED,
        "",
        ProvisionFigures.totals(content.provisions()),
        null,
        List.of());
  }
}
