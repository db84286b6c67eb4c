package org.goldenthread.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.child.AccessibleChild;

/**
 * What the plan pages show of one plan, for one person: the plan, its thread, its breaks with the
 * links that mend them, and what the person may do. A plan as it stood on a day is read only: no
 * mend, change or agree.
 *
 * @param editable the kinds of item the person may add and change (none when read only)
 * @param mayAgree the person may agree the plan (a parent, the child or the young person)
 * @param agreedByYou the person has agreed the plan as it is now
 * @param mayComment the person may comment on items
 */
public record PlanPageModel(
    UUID childId,
    PlanView plan,
    ThreadView thread,
    List<BreakNotice> breaks,
    Set<PlanItemKind> editable,
    boolean mayAgree,
    boolean agreedByYou,
    boolean mayComment,
    boolean readOnly,
    Map<UUID, String> names) {

  /** The plan as it is now, as this person may work on it. */
  static PlanPageModel of(AccessibleChild child, PlanView plan) {
    PlanRights rights = PlanRights.of(child.grant());
    Set<PlanItemKind> editable = EnumSet.noneOf(PlanItemKind.class);
    for (PlanItemKind kind : PlanItemKind.values()) {
      if (rights.canEdit(kind)) {
        editable.add(kind);
      }
    }
    boolean agreedByYou =
        plan.agreement() != null
            && plan.agreement().current()
            && plan.agreement().agreedBy().stream()
                .anyMatch(a -> a.userId().equals(child.user().id()));
    return build(child.id(), plan, editable, rights.canAgree(), agreedByYou, rights.canComment());
  }

  /** A plan as it stood on a day: to read, not to change. */
  static PlanPageModel readOnly(UUID childId, PlanView plan) {
    return build(childId, plan, Set.of(), false, false, false);
  }

  private static PlanPageModel build(
      UUID childId,
      PlanView plan,
      Set<PlanItemKind> editable,
      boolean mayAgree,
      boolean agreedByYou,
      boolean mayComment) {
    Map<UUID, String> names = names(plan);
    List<BreakNotice> breaks =
        plan.breaks().stream()
            .map(
                b ->
                    BreakNotice.of(
                        childId,
                        b,
                        names.get(b.itemId()),
                        editable.contains(BreakNotice.mendedBy(b.kind()))))
            .toList();
    return new PlanPageModel(
        childId,
        plan,
        ThreadView.of(plan),
        breaks,
        Set.copyOf(editable),
        mayAgree,
        agreedByYou,
        mayComment,
        editable.isEmpty() && !mayAgree && !mayComment,
        names);
  }

  /** The short name of each item of the plan, by its id. */
  static Map<UUID, String> names(PlanView plan) {
    Map<UUID, String> names = new HashMap<>();
    items(plan)
        .forEach(item -> names.put(item.id(), Items.shortened(item.words(), PlanWords.SHORT)));
    return Map.copyOf(names);
  }

  /** Whether the person may add and change items of this kind. */
  public boolean mayEdit(PlanItemKind kind) {
    return editable.contains(kind);
  }

  /** Whether this is the plan as it stood on a day: to read, with no links to change it. */
  public boolean history() {
    return plan.asOf() != null;
  }

  /** The breaks at one item. */
  public List<BreakView> breaksAt(UUID itemId) {
    return thread.breaksAt(itemId);
  }

  /** The kinds of item, in the order the thread runs. */
  public List<PlanItemKind> kinds() {
    return List.of(PlanItemKind.values());
  }

  /** Whether the person may change anything at all in the plan. */
  public boolean mayEditAny() {
    return !editable.isEmpty();
  }

  /**
   * The short names of these items, one after the other; an item no longer in the plan (in a change
   * list) is named {@code removed}.
   */
  public String namesOf(List<UUID> ids, String removed) {
    return ids.stream()
        .map(id -> names.getOrDefault(id, removed))
        .collect(Collectors.joining("; "));
  }

  /** The short name of an item of the plan, to name a link to it. */
  public String name(UUID itemId) {
    return names.getOrDefault(itemId, "");
  }

  /**
   * An item's kind, asked through the interface every kind shares. The fragments that take items of
   * any kind ask here, not the item itself: Spring compiles an expression such as {@code
   * item.kind()} for the class it met first, and when a need follows an outcome the compiled form
   * fails, falls back to the interpreter and is compiled again a hundred views later, a new class
   * each time, without end.
   */
  public PlanItemKind kindOf(PlanItem item) {
    return item.kind();
  }

  /** An item's words: see {@link #kindOf}. */
  public String wordsOf(PlanItem item) {
    return item.words();
  }

  /** An item's id: see {@link #kindOf}. */
  public UUID idOf(PlanItem item) {
    return item.id();
  }

  /** The id of an item in the plan page, where links to it land. */
  public String anchorOf(PlanItem item) {
    return ThreadView.anchor(item.kind(), item.id());
  }

  /** The path of an item's own page. */
  public String itemHref(PlanItem item) {
    return itemHref(item.kind(), item.id());
  }

  public String itemHref(PlanItemKind kind, UUID itemId) {
    return "/children/" + childId + "/plan/" + kind.path() + "/" + itemId;
  }

  /** The path of an item's own page, its kind named as in {@code 'NEEDS'} (for templates). */
  public String hrefOf(String kindName, UUID itemId) {
    return itemHref(PlanItemKind.valueOf(kindName), itemId);
  }

  /** Where an item sits in the thread: the items linked to it, above and below. */
  public List<ItemLinks> linksOf(PlanItem item) {
    List<ItemLinks> links = new ArrayList<>();
    if (item instanceof AspirationView a) {
      links.add(new ItemLinks("plan.page.tables.needsInTheWay", PlanItemKind.NEEDS, a.needIds()));
    } else if (item instanceof NeedView n) {
      links.add(
          new ItemLinks("plan.page.tables.hopes", PlanItemKind.ASPIRATIONS, n.aspirationIds()));
      links.add(
          new ItemLinks("plan.page.tables.outcomesForNeed", PlanItemKind.OUTCOMES, n.outcomeIds()));
    } else if (item instanceof OutcomeView o) {
      links.add(new ItemLinks("plan.page.tables.needsAddressed", PlanItemKind.NEEDS, o.needIds()));
      links.add(
          new ItemLinks(
              "plan.page.tables.supportForIt", PlanItemKind.PROVISIONS, o.provisionIds()));
    } else if (item instanceof ProvisionView p) {
      links.add(
          new ItemLinks("plan.page.tables.outcomesServed", PlanItemKind.OUTCOMES, p.outcomeIds()));
    }
    return links;
  }

  /** Whether the plan has anything in it. */
  public boolean isEmpty() {
    return thread.isEmpty();
  }

  private static Stream<PlanItem> items(PlanView plan) {
    return Stream.of(
            plan.aspirations(), plan.needs(), plan.outcomes(), plan.provisions(), plan.strategies())
        .flatMap(List::stream)
        .map(PlanItem.class::cast);
  }

  /** One list of links of an item: its label, the kind at the other end and their ids. */
  public record ItemLinks(String labelKey, PlanItemKind kind, List<UUID> ids) {}
}
