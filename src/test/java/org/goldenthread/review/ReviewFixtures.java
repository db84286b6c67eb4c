package org.goldenthread.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ItemInput;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.plan.Plans;
import org.springframework.context.ApplicationContext;

/**
 * A fresh child (from {@link PlanFixtures}) with a small plan written by the Riverside SENCO: one
 * need and two outcomes, each served by provision, so that the plan has no breaks; and review
 * bodies for the API.
 */
class ReviewFixtures {

  static final LocalDate TARGET = LocalDate.of(2029, 7, 20);

  private final PlanFixtures children;
  private final Plans plans;
  private final ChildAccess access;
  private final Accounts accounts;

  ReviewFixtures(ApplicationContext context) {
    this.children = new PlanFixtures(context);
    this.plans = context.getBean(Plans.class);
    this.access = context.getBean(ChildAccess.class);
    this.accounts = context.getBean(Accounts.class);
  }

  /** A fresh child whose plan has a need and two outcomes with provision. */
  Planned child() {
    PlanFixtures.Fresh child = children.child();
    AccessibleChild senco = asSenco(child.id());
    UUID need =
        plans
            .add(
                senco,
                new ItemInput.Need(
                    "Finds it hard to join in with others at breaktime",
                    AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                    null,
                    null))
            .id();
    UUID friends = outcome(senco, "Plays with two friends at breaktime", need);
    UUID words = outcome(senco, "Asks to join a game in her own words", need);
    plans.add(
        senco,
        new ItemInput.Provision(
            "Social skills group",
            DelivererRole.TEACHING_ASSISTANT,
            "Mrs Khan",
            2,
            45,
            6,
            null,
            null,
            List.of(friends, words)));
    return new Planned(child, friends, words);
  }

  UUID outcome(AccessibleChild senco, String text, UUID need) {
    return plans
        .add(
            senco,
            new ItemInput.Outcome(
                text, "Seen on four days out of five", TARGET, null, null, List.of(need), null))
        .id();
  }

  AccessibleChild asSenco(UUID childId) {
    return access.open(accounts.findByEmail(PlanFixtures.SENCO).orElseThrow(), childId);
  }

  /** A review body for the API: progress "status:evidence" on each outcome given. */
  static String body(LocalDate heldOn, LocalDate next, String decision, Entry... entries) {
    String progress =
        List.of(entries).stream()
            .map(
                e ->
                    "{\"outcomeId\":\""
                        + e.outcomeId()
                        + "\",\"status\":\""
                        + e.status()
                        + "\",\"evidence\":\""
                        + e.evidence()
                        + "\"}")
            .collect(Collectors.joining(","));
    return "{\"heldOn\":\""
        + heldOn
        + "\",\"progress\":["
        + progress
        + "],\"parentView\":\"She talks about her friends at tea time\","
        + "\"childView\":\"I like the lunch club\",\"childViewGatheredBy\":\"With her teaching"
        + " assistant, using a symbol scale\",\"decision\":\""
        + decision
        + "\",\"decisionNotes\":\"Keep the lunch club going\",\"nextReviewOn\":\""
        + next
        + "\"}";
  }

  static Entry entry(UUID outcomeId, String status, String evidence) {
    return new Entry(outcomeId, status, evidence);
  }

  /** One progress entry of a review body. */
  record Entry(UUID outcomeId, String status, String evidence) {}

  /** A fresh child with its plan's two outcomes. */
  record Planned(PlanFixtures.Fresh child, UUID friends, UUID words) {

    UUID id() {
      return child.id();
    }

    String reviews() {
      return "/api/v1/children/" + child.id() + "/reviews";
    }

    String plan() {
      return "/api/v1/children/" + child.id() + "/plan";
    }
  }
}
