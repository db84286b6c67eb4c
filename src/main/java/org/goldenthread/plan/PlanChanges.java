package org.goldenthread.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds, changes and removes plan items, one change at a time per plan: the plan is locked, the
 * change checked (rights, then the item and its version, then the entry), made with its links on
 * both ends, each touched item's new state written to the history, and an event published. Anything
 * refused changes nothing.
 */
@Component
class PlanChanges {

  private final PlanStore store;
  private final PlanHistory history;
  private final PlanCosts costs;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanChanges(
      PlanStore store,
      PlanHistory history,
      PlanCosts costs,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.costs = costs;
    this.events = events;
    this.clock = clock;
  }

  PlanItem add(AccessibleChild child, ItemInput input) {
    PlanRights rights = PlanRights.of(child.grant());
    rights.requireEdit(input.kind());
    Change change = begin(child, rights);
    ItemInput tidy = ItemRules.checked(input, change.plan::ids);
    ItemRecord item =
        Items.create(child.id(), child.user().id(), change.now, change.revision, tidy);
    requireLinkRights(rights, change.plan, item, tidy);
    change.plan.add(item);
    Set<UUID> linked = setLinks(change.plan, item, tidy);
    store.add(item);
    PlanItem added = change.finish(item, PlanHistory.Change.ADDED, linked);
    events.publishEvent(
        new PlanItemAdded(
            child.id(),
            added.kind(),
            added.id(),
            change.revision,
            child.user().id(),
            child.user().displayName(),
            child.grant().principal(),
            Items.shortened(added.words(), 80)));
    return added;
  }

  PlanItem update(AccessibleChild child, UUID itemId, long version, ItemInput input) {
    PlanRights rights = PlanRights.of(child.grant());
    rights.requireEdit(input.kind());
    Change change = begin(child, rights);
    ItemRecord item = change.plan.find(input.kind(), itemId).orElseThrow(NotFound::error);
    EditConflict.check(version, item.version());
    ItemInput tidy = ItemRules.checked(input, change.plan::ids);
    requireLinkRights(rights, change.plan, item, tidy);
    Items.apply(item, tidy);
    PlanItem changed =
        change.finish(item, PlanHistory.Change.CHANGED, setLinks(change.plan, item, tidy));
    publishChanged(child, changed, change.revision);
    if (changed.kind() == PlanItemKind.PROVISIONS && rights.isStaff()) {
      events.publishEvent(
          new ProvisionChanged(
              child.id(),
              changed.id(),
              changed.words(),
              ProvisionChanged.Kind.CHANGED,
              null,
              null,
              null,
              child.user().id(),
              child.user().displayName()));
    }
    return changed;
  }

  /**
   * Pauses, stops or restarts a piece of support: staff only (the family is told, and may not do it
   * themselves: 403), checked by {@link ProvisionStatusRules}, kept in the item's history and
   * published so that the family hears at once. Setting the status it already has with the same
   * reason and dates changes nothing.
   */
  PlanItem setProvisionStatus(
      AccessibleChild child, UUID itemId, Long version, ProvisionStatusChange entered) {
    PlanRights rights = PlanRights.of(child.grant());
    rights.requireEdit(PlanItemKind.PROVISIONS);
    PlanRights.require(rights.isStaff());
    Change change = begin(child, rights);
    Provision provision =
        (Provision) change.plan.find(PlanItemKind.PROVISIONS, itemId).orElseThrow(NotFound::error);
    if (version != null) {
      EditConflict.check(version, provision.version());
    }
    ProvisionStatusChange checked =
        ProvisionStatusRules.checked(entered, LocalDate.ofInstant(change.now, clock.getZone()));
    ProvisionStatus before = provision.status();
    provision.setStatus(checked);
    PlanItem changed = change.finish(provision, PlanHistory.Change.CHANGED, Set.of());
    publishChanged(child, changed, change.revision);
    events.publishEvent(
        new ProvisionChanged(
            child.id(),
            changed.id(),
            changed.words(),
            kindOf(before, checked.status()),
            checked.reason(),
            checked.from(),
            checked.until(),
            child.user().id(),
            child.user().displayName()));
    return changed;
  }

  private void publishChanged(AccessibleChild child, PlanItem changed, long revision) {
    events.publishEvent(
        new PlanItemChanged(
            child.id(),
            changed.kind(),
            changed.id(),
            revision,
            child.user().id(),
            child.user().displayName(),
            child.grant().principal(),
            Items.shortened(changed.words(), 80)));
  }

  private static ProvisionChanged.Kind kindOf(ProvisionStatus before, ProvisionStatus after) {
    return switch (after) {
      case PAUSED -> ProvisionChanged.Kind.PAUSED;
      case STOPPED -> ProvisionChanged.Kind.STOPPED;
      case ACTIVE ->
          before == ProvisionStatus.ACTIVE
              ? ProvisionChanged.Kind.CHANGED
              : ProvisionChanged.Kind.RESTARTED;
    };
  }

  void remove(AccessibleChild child, PlanItemKind kind, UUID itemId, Long version) {
    PlanRights rights = PlanRights.of(child.grant());
    rights.requireEdit(kind);
    Change change = begin(child, rights);
    ItemRecord item = change.plan.find(kind, itemId).orElseThrow(NotFound::error);
    if (version != null) {
      EditConflict.check(version, item.version());
    }
    PlanItem last = change.plan.view(item);
    Set<UUID> unlinked = change.plan.unlinkAll(item);
    change.plan.remove(item);
    store.remove(item);
    change.finishRemoval(last, unlinked);
    events.publishEvent(
        new PlanItemRemoved(
            child.id(),
            kind,
            itemId,
            change.revision,
            child.user().id(),
            child.user().displayName(),
            child.grant().principal(),
            Items.shortened(last.words(), 80)));
  }

  /**
   * Sets outcomes' statuses as a review found them, in one change of the plan, as any other change
   * of those outcomes: checked against the same rights, kept in their history with the reviewer as
   * author, and published. Outcomes whose status is already that one, and ids that are not outcomes
   * of the plan, are left alone; when none is left, the plan does not change at all.
   */
  void setStatuses(AccessibleChild child, Map<UUID, OutcomeStatus> statuses) {
    PlanRights rights = PlanRights.of(child.grant());
    rights.requireEdit(PlanItemKind.OUTCOMES);
    LoadedPlan current = store.load(child.id(), costs.forChild(child));
    boolean anyChange =
        statuses.entrySet().stream()
            .anyMatch(
                e ->
                    current
                        .find(PlanItemKind.OUTCOMES, e.getKey())
                        .filter(item -> ((Outcome) item).status() != e.getValue())
                        .isPresent());
    if (!anyChange) {
      return;
    }
    Change change = begin(child, rights);
    for (UUID id : List.copyOf(change.plan.ids(PlanItemKind.OUTCOMES))) {
      Outcome outcome = (Outcome) change.plan.get(id);
      OutcomeStatus found = statuses.get(outcome.id());
      if (found == null || found == outcome.status()) {
        continue;
      }
      outcome.reviewed(found);
      PlanItem changed = change.finish(outcome, PlanHistory.Change.CHANGED, Set.of());
      publishChanged(child, changed, change.revision);
    }
  }

  private Change begin(AccessibleChild child, PlanRights rights) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long revision = store.lock(child.id(), now).next(now);
    LoadedPlan plan = store.load(child.id(), costs.forChild(child));
    PlanHistory.Author author =
        new PlanHistory.Author(
            child.user().id(),
            child.user().displayName(),
            child.grant().principal().name(),
            rights.isFamily());
    return new Change(child.id(), plan, revision, now, author);
  }

  /** Changing a link changes the item at its other end too: that needs the right to change it. */
  private static void requireLinkRights(
      PlanRights rights, LoadedPlan plan, ItemRecord item, ItemInput input) {
    for (Map.Entry<LoadedPlan.Link, List<UUID>> entry : Items.links(input).entrySet()) {
      LoadedPlan.Link link = entry.getKey();
      Set<UUID> current =
          plan.find(item.kind(), item.id()).isPresent()
              ? new HashSet<>(plan.linked(link, item))
              : Set.of();
      if (!current.equals(new HashSet<>(entry.getValue()))) {
        rights.requireEdit(item.kind() == link.lower ? link.upper : link.lower);
      }
    }
  }

  private static Set<UUID> setLinks(LoadedPlan plan, ItemRecord item, ItemInput input) {
    Set<UUID> changed = new HashSet<>();
    Items.links(input).forEach((link, ids) -> changed.addAll(plan.setLinks(link, item, ids)));
    return changed;
  }

  /** One change under way: the locked plan, the new revision, the moment and the author. */
  private final class Change {

    final UUID childId;
    final LoadedPlan plan;
    final long revision;
    final Instant now;
    final PlanHistory.Author author;

    Change(UUID childId, LoadedPlan plan, long revision, Instant now, PlanHistory.Author author) {
      this.childId = childId;
      this.plan = plan;
      this.revision = revision;
      this.now = now;
      this.author = author;
    }

    /** Saves the item and the items whose links changed with it, and keeps their new states. */
    PlanItem finish(ItemRecord item, PlanHistory.Change what, Set<UUID> linked) {
      Set<UUID> others = new LinkedHashSet<>(linked);
      others.remove(item.id());
      item.touch(now, revision);
      others.forEach(id -> plan.get(id).touch(now, revision));
      store.flush();
      PlanItem view = plan.view(item);
      history.record(childId, revision, what, view, author, now);
      recordLinks(others);
      return view;
    }

    void finishRemoval(PlanItem last, Set<UUID> unlinked) {
      unlinked.forEach(id -> plan.get(id).touch(now, revision));
      store.flush();
      history.record(childId, revision, PlanHistory.Change.REMOVED, last, author, now);
      recordLinks(unlinked);
    }

    private void recordLinks(Set<UUID> ids) {
      ids.forEach(
          id ->
              history.record(
                  childId,
                  revision,
                  PlanHistory.Change.LINKS_CHANGED,
                  plan.view(plan.get(id)),
                  author,
                  now));
    }
  }
}
