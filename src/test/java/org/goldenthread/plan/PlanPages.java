package org.goldenthread.plan;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the mocked {@link Plans} of a plan page slice answers: Sarah Bennett's plan, one item of
 * each kind joined up along the thread, at version 7; and the beans the plan pages use ({@link
 * Slice}). People to sign in as come from {@link TestDoor}.
 */
final class PlanPages {

  static final String CHILD = "Sarah Bennett";
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");
  static final LocalDate TARGET = LocalDate.of(2027, 7, 20);

  private PlanPages() {}

  /** One item of each kind, joined up: the hope, the need in its way, the outcome, the support. */
  record Thread(
      AspirationView aspiration,
      NeedView need,
      OutcomeView outcome,
      ProvisionView provision,
      StrategyView strategy) {}

  static Thread thread() {
    UUID aspiration = UUID.randomUUID();
    UUID need = UUID.randomUUID();
    UUID outcome = UUID.randomUUID();
    UUID provision = UUID.randomUUID();
    return new Thread(
        new AspirationView(
            aspiration, "To have a friend to play with", Voice.CHILD, List.of(need), MONDAY, 1),
        new NeedView(
            need,
            "Finds it hard to join in a game",
            AreaOfNeed.SEMH,
            List.of(aspiration),
            List.of(outcome),
            MONDAY,
            2),
        new OutcomeView(
            outcome,
            "Joins a game at playtime",
            "Four playtimes out of five",
            TARGET,
            OutcomeStatus.IN_PROGRESS,
            false,
            List.of(need),
            List.of(provision),
            MONDAY,
            3),
        new ProvisionView(
            provision,
            "Lego therapy in a small group",
            "Mrs Patel",
            DelivererRole.TEACHING_ASSISTANT,
            2,
            30,
            3,
            null,
            null,
            60,
            null,
            List.of(outcome),
            MONDAY,
            4),
        new StrategyView(UUID.randomUUID(), "Give her a job to do", UsedAt.BOTH, MONDAY, 1));
  }

  /** The plan of the child with this thread and these breaks, at version 7, nobody agreed. */
  static PlanView plan(UUID childId, Thread t, BreakView... breaks) {
    return plan(childId, t, List.of(), breaks);
  }

  static PlanView plan(UUID childId, Thread t, List<CommentView> comments, BreakView... breaks) {
    return new PlanView(
        childId,
        7,
        null,
        List.of(t.aspiration()),
        List.of(t.need()),
        List.of(t.outcome()),
        List.of(t.provision()),
        List.of(t.strategy()),
        List.of(breaks),
        Participation.CONSULTED,
        "The family gave their views",
        ProvisionFigures.totals(List.of(t.provision())),
        null,
        comments);
  }

  /** The item's change list: added by the SENCO on Monday. */
  static List<ItemChange> added(PlanItem item) {
    return List.of(
        new ItemChange(
            item.kind(),
            item.id(),
            "ADDED",
            1,
            1,
            MONDAY,
            SENCO.id(),
            SENCO.displayName(),
            "SENCO",
            false,
            item));
  }

  /**
   * Makes the mocked plans refuse a change as the real ones do, from the person's relationships
   * ({@link PlanRights}): 403 for a parent adding a need, nothing for the SENCO.
   */
  static void rightsAsTheyAre(Plans plans) {
    willAnswer(
            call -> {
              AccessibleChild child = call.getArgument(0);
              PlanRights.of(child.grant()).requireEdit(call.getArgument(1));
              return null;
            })
        .given(plans)
        .requireEdit(any(), any());
  }

  /** The beans the plan pages use besides the services: {@code #planWords}, the item forms. */
  @TestConfiguration(proxyBeanMethods = false)
  @Import({Slices.Pages.class, PlanWords.class, ItemFormPage.class, ItemRows.class})
  static class Slice {}
}
