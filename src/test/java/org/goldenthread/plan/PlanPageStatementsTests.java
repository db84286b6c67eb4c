package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.StatementCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The plan's read paths run a small, fixed number of SQL statements, however big the plan: the
 * thread and the tables pages, the plan's JSON and its PDF read each kind of data once, on a plan
 * of 4 aspirations, 8 needs, 12 outcomes and 20 provisions as on a plan of one item of each kind.
 * Every read is still in the child's audit trail.
 */
@IntegrationTest
@Import(StatementCount.Counting.class)
class PlanPageStatementsTests {

  /**
   * The most statements a plan page may take: the session read, and saved after the answer (two),
   * the door (the child, the person's family and team entries), the audit line of the read, the
   * school's cost rates, one query for each kind of item with its links, the plan's version, its
   * comments, its agreements, what the family wrote, its last review, the views of the child and
   * family answered (for the participation ladder), and the unread count of the person's inbox in
   * the navigation.
   */
  static final int PAGE = 20;

  /** The plan's JSON: as a page, but the bearer token and its person instead of the session. */
  static final int JSON = 18;

  /** The PDF: as a page, and the child's record as the document prints it (its school's name). */
  static final int PDF = 22;

  /** The demo's parent, whose daughter Sarah's plan has a review, and Sarah's UPN. */
  static final String DEMO_PARENT = "parent@example.org";

  static final String SARAH_UPN = "E990212100001";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;
  PlanFixtures fixtures;
  ApiClient api;

  @BeforeEach
  void fixtures() {
    fixtures = new PlanFixtures(context);
    api = new ApiClient(port);
  }

  @Test
  void eachReadOfThePlanTakesTheSameFewStatementsForASmallPlanAndABigOne() {
    Reads small = reads(planned(1, 1, 1, 1));
    Reads big = reads(planned(4, 8, 12, 20));

    assertThat(big).as("a big plan reads as a small one: %s", small).isEqualTo(small);
    assertThat(big.thread()).isLessThanOrEqualTo(PAGE);
    assertThat(big.tables()).isLessThanOrEqualTo(PAGE);
    assertThat(big.json()).isLessThanOrEqualTo(JSON);
    assertThat(big.pdf()).isLessThanOrEqualTo(PDF);
  }

  @Test
  void everyReadOfThePlanIsStillInTheChildsAuditTrail() {
    PlanFixtures.Fresh child = planned(4, 8, 12, 20);
    String token = api.tokenFor(child.parentEmail());
    int before = planReads(child, token);

    reads(child);

    assertThat(planReads(child, token)).isEqualTo(before + 4);
  }

  @Test
  void sarahsDemoPlanReadsAsABigPlanDoesForHerParent() {
    String sencoToken = api.tokenFor(PlanFixtures.SENCO);
    String sarah =
        api.get("/api/v1/children?size=200", sencoToken)
            .json()
            .get("items")
            .valueStream()
            .filter(c -> c.get("upn").asString().equals(SARAH_UPN))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();

    Reads reads = reads(DEMO_PARENT, sarah);

    assertThat(reads.thread()).isLessThanOrEqualTo(PAGE);
    assertThat(reads.tables()).isLessThanOrEqualTo(PAGE);
    assertThat(reads.json()).isLessThanOrEqualTo(JSON);
    assertThat(reads.pdf()).isLessThanOrEqualTo(PDF);
  }

  private Reads reads(PlanFixtures.Fresh child) {
    return reads(child.parentEmail(), child.id().toString());
  }

  /** How many statements each read of the child's plan took, read by one of the child's parents. */
  private Reads reads(String parentEmail, String childId) {
    PageSession parent = new PageSession(port);
    parent.signIn(parentEmail, ApiClient.DEMO_PASSWORD);
    String token = api.tokenFor(parentEmail);
    String plan = "/children/" + childId + "/plan";
    return new Reads(
        count(() -> parent.get(plan).status()),
        count(() -> parent.get(plan + "?view=tables").status()),
        count(() -> api.get("/api/v1" + plan, token).status()),
        count(() -> parent.download(plan + ".pdf").status()));
  }

  /**
   * The statements one read took, those its thread ran after answering (saving the session)
   * included.
   */
  private static int count(Supplier<Integer> read) {
    StatementCount.Counted<Integer> counted = StatementCount.of(read);
    assertThat(counted.result()).isEqualTo(200);
    return counted.statements();
  }

  /** The times the parent is recorded as having looked at the plan. */
  private int planReads(PlanFixtures.Fresh child, String token) {
    JsonNode audit =
        api.get("/api/v1/children/" + child.id() + "/audit?size=200", token).json().get("items");
    return (int)
        audit
            .valueStream()
            .filter(e -> e.get("actorName").asString().equals(child.parentName()))
            .filter(e -> e.get("action").asString().equals("READ"))
            .filter(e -> e.get("what").asString().equals("Looked at the plan"))
            .count();
  }

  /**
   * A fresh child with a plan joined along the thread, with strategies, comments from the SENCO and
   * the parent on every other item, and the parent's agreement.
   */
  private PlanFixtures.Fresh planned(int aspirations, int needs, int outcomes, int provisions) {
    PlanFixtures.Fresh child = fixtures.child();
    AccessibleChild senco = as(PlanFixtures.SENCO, child);
    AccessibleChild parent = as(child.parentEmail(), child);
    LocalDate target = LocalDate.of(2029, 7, 20);
    List<UUID> hopes = new ArrayList<>();
    for (int i = 0; i < aspirations; i++) {
      hopes.add(plans.add(senco, new ItemInput.Aspiration("Hope " + i, Voice.CHILD, null)).id());
    }
    List<UUID> needIds = new ArrayList<>();
    for (int i = 0; i < needs; i++) {
      needIds.add(
          plans
              .add(
                  senco,
                  new ItemInput.Need(
                      "Need " + i,
                      AreaOfNeed.values()[i % AreaOfNeed.values().length],
                      List.of(hopes.get(i % aspirations)),
                      null))
              .id());
    }
    List<UUID> outcomeIds = new ArrayList<>();
    for (int i = 0; i < outcomes; i++) {
      outcomeIds.add(
          plans
              .add(
                  senco,
                  new ItemInput.Outcome(
                      "Outcome " + i,
                      "Seen on four days out of five",
                      target,
                      null,
                      i % 3 == 0,
                      List.of(needIds.get(i % needs)),
                      null))
              .id());
    }
    for (int i = 0; i < provisions; i++) {
      plans.add(
          senco,
          new ItemInput.Provision(
              "Provision " + i,
              DelivererRole.values()[i % DelivererRole.values().length],
              "Mrs Khan",
              1 + i % 3,
              30,
              1 + i % 4,
              null,
              null,
              List.of(outcomeIds.get(i % outcomes))));
    }
    for (UsedAt place : UsedAt.values()) {
      plans.add(senco, new ItemInput.Strategy("Strategy at " + place, place));
    }
    for (int i = 0; i < outcomes; i += 2) {
      plans.comment(senco, PlanItemKind.OUTCOMES, outcomeIds.get(i), "Going well " + i);
      plans.comment(parent, PlanItemKind.OUTCOMES, outcomeIds.get(i), "We see it at home " + i);
    }
    plans.agree(parent, plans.plan(parent).version());
    return child;
  }

  private AccessibleChild as(String email, PlanFixtures.Fresh child) {
    return access.open(accounts.findByEmail(email).orElseThrow(), child.id());
  }

  /** The statements of each read: the thread page, the tables page, the JSON and the PDF. */
  record Reads(int thread, int tables, int json, int pdf) {}
}
