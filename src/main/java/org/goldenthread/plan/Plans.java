package org.goldenthread.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * A child's golden thread plan: read it now or as it stood on any day, add, change and remove its
 * items (links included), comment on them, agree a version, and read each item's change list. Who
 * may do what is {@link PlanRights}; every read and change goes through the child's door first (an
 * {@link AccessibleChild}).
 */
@Service
@Transactional(readOnly = true)
public class Plans {

  private final PlanStore store;
  private final PlanHistory history;
  private final PlanChanges changes;
  private final PlanTalk talk;
  private final PlanAssembler assembler;
  private final PlanCosts costs;
  private final Supplier<List<ThreadBreakRule>> breakRules;
  private final Supplier<List<ParticipationEvidence>> evidence;
  private final Clock clock;

  Plans(
      PlanStore store,
      PlanHistory history,
      PlanChanges changes,
      PlanTalk talk,
      PlanAssembler assembler,
      PlanCosts costs,
      ObjectProvider<ThreadBreakRule> breakRules,
      ObjectProvider<ParticipationEvidence> evidence,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.changes = changes;
    this.talk = talk;
    this.assembler = assembler;
    this.costs = costs;
    this.breakRules = SingletonSupplier.of(() -> breakRules.orderedStream().toList());
    this.evidence = SingletonSupplier.of(() -> evidence.orderedStream().toList());
    this.clock = clock;
  }

  /** The plan as it is now, with its breaks, totals, participation and latest agreement. */
  public PlanView plan(AccessibleChild child) {
    return planCostedAt(child, costs.forChild(child));
  }

  /**
   * The plan as it is now for a summary that shows no money (the child's page): as {@link #plan},
   * with the provision not costed, so the school's cost rates are not read.
   */
  PlanView planWithoutCosts(AccessibleChild child) {
    return planCostedAt(child, ProvisionCosting.ProvisionCost.NONE);
  }

  private PlanView planCostedAt(AccessibleChild child, ProvisionCosting.ProvisionCost cost) {
    LoadedPlan plan = store.load(child.id(), cost);
    return assembler.assemble(
        new PlanAssembler.Parts(
            child.id(),
            store.revision(child.id()),
            null,
            plan.content(),
            talk.comments(child.id()),
            talk.agreements(child.id()),
            history.writtenByFamily(child.id(), null),
            addedBreaks(child, plan.content(), LocalDate.now(clock)),
            viewsAnswered(child, null)));
  }

  /**
   * The plan as it stood at the end of the day (in England), read from its stored history: every
   * item and link as they were, the comments and agreements made by then, and the breaks and
   * participation of that plan. Figures are worked out at the school's rates of today.
   */
  public PlanView asOf(AccessibleChild child, LocalDate day) {
    if (day == null) {
      throw ValidationProblem.of("at", "api.error.date");
    }
    Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    PlanContent content = history.asOf(child.id(), endOfDay).costedAt(costs.forChild(child));
    return assembler.assemble(
        new PlanAssembler.Parts(
            child.id(),
            history.revisionAt(child.id(), endOfDay),
            day,
            content,
            talk.comments(child.id()).stream().filter(c -> c.at().isBefore(endOfDay)).toList(),
            talk.agreements(child.id()).stream()
                .filter(a -> a.agreedAt().isBefore(endOfDay))
                .toList(),
            history.writtenByFamily(child.id(), endOfDay),
            addedBreaks(child, content, day),
            viewsAnswered(child, endOfDay)));
  }

  /** The views of the child and family answered before then, as other capabilities count them. */
  private int viewsAnswered(AccessibleChild child, Instant until) {
    return evidence.get().stream().mapToInt(e -> e.viewsAnswered(child.id(), until)).sum();
  }

  private List<ThreadBreak> addedBreaks(AccessibleChild child, PlanContent content, LocalDate day) {
    return breakRules.get().stream()
        .flatMap(rule -> rule.breaksIn(child.id(), content, day).stream())
        .toList();
  }

  /** The plan's outcomes as they are now, in plan order. */
  public List<OutcomeView> outcomes(AccessibleChild child) {
    return store.load(child.id(), ProvisionCosting.ProvisionCost.NONE).content().outcomes();
  }

  /**
   * Holds the child's plan until the transaction ends, so that no other change of it comes between
   * reading it and a change made from what was read (a review reads the outcomes, then sets their
   * statuses).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hold(AccessibleChild child) {
    store.lock(child.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  /**
   * Starts the child's plan when SEN support starts (the school decided so about a concern): the
   * plan is made, empty, if the child has none, so that its history starts on the day; its items
   * follow, written with the family. Answers whether it was made now (false: it was there).
   */
  @Transactional
  public boolean start(AccessibleChild child) {
    boolean had = store.exists(child.id());
    if (!had) {
      store.lock(child.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
    return !had;
  }

  /**
   * Sets outcomes' statuses as a review found them, in one change of the plan made by the person,
   * kept in the outcomes' history and published like any other; needs the right to change outcomes.
   */
  @Transactional
  public void setOutcomeStatuses(AccessibleChild child, Map<UUID, OutcomeStatus> statuses) {
    changes.setStatuses(child, statuses);
  }

  /** One item as it is now. */
  public PlanItem item(AccessibleChild child, PlanItemKind kind, UUID itemId) {
    LoadedPlan plan = store.load(child.id(), costs.forChild(child));
    return plan.find(kind, itemId).map(plan::view).orElseThrow(NotFound::error);
  }

  /** Every change made to an item, newest first, each with the whole item as it then was. */
  public List<ItemChange> changes(AccessibleChild child, PlanItemKind kind, UUID itemId) {
    List<ItemChange> list = history.changes(child.id(), kind, itemId);
    if (list.isEmpty()) {
      throw NotFound.error();
    }
    return list;
  }

  /** Adds an item, with the links it names. */
  @Transactional
  public PlanItem add(AccessibleChild child, ItemInput input) {
    return changes.add(child, input);
  }

  /**
   * Changes an item: its fields, and the links it sends (a list left out stays as it is).
   *
   * @throws EditConflict when the version sent is not the item's version (nothing changes)
   */
  @Transactional
  public PlanItem update(AccessibleChild child, UUID itemId, long version, ItemInput input) {
    return changes.update(child, itemId, version, input);
  }

  /**
   * Pauses, stops or restarts a piece of support (staff only); the family is told at once. A
   * version, when sent, must be the item's.
   *
   * @throws EditConflict when the version sent is not the item's version (nothing changes)
   */
  @Transactional
  public PlanItem setProvisionStatus(
      AccessibleChild child, UUID itemId, Long version, ProvisionStatusChange change) {
    return changes.setProvisionStatus(child, itemId, version, change);
  }

  /** Removes an item and its links; a version, when sent, must be the item's. */
  @Transactional
  public void remove(AccessibleChild child, PlanItemKind kind, UUID itemId, Long version) {
    changes.remove(child, kind, itemId, version);
  }

  @Transactional
  public CommentView comment(AccessibleChild child, PlanItemKind kind, UUID itemId, String text) {
    return talk.comment(child, kind, itemId, text);
  }

  /** Agrees the version of the plan read (a parent, the child or the young person), today. */
  @Transactional
  public AgreementView agree(AccessibleChild child, long version) {
    return talk.agree(child, version);
  }

  /** Every agreement of the plan, newest first. */
  public List<AgreementView> agreements(AccessibleChild child) {
    return talk.agreements(child.id());
  }

  /** Whether the person may add, change and remove items of this kind. */
  public boolean mayEdit(AccessibleChild child, PlanItemKind kind) {
    return PlanRights.of(child.grant()).canEdit(kind);
  }

  /** Whether the person may pause, stop or restart support: staff who may change it. */
  public boolean mayChangeProvisionStatus(AccessibleChild child) {
    PlanRights rights = PlanRights.of(child.grant());
    return rights.isStaff() && rights.canEdit(PlanItemKind.PROVISIONS);
  }

  /** Refuses, with 403, someone who may not change items of this kind. */
  public void requireEdit(AccessibleChild child, PlanItemKind kind) {
    PlanRights.of(child.grant()).requireEdit(kind);
  }
}
