package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a plan together as it is answered, now or as it stood on a day: its items, the breaks in its
 * thread in plain words, its totals, where it stands on the participation ladder and why, its
 * latest agreement, and the comments on its items.
 */
@Component
class PlanAssembler {

  /** How much of an item's words a message quotes. */
  static final int QUOTED = 60;

  private final MessageSource messages;
  private final Dates dates;

  PlanAssembler(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  /** What a plan is made from, at one moment. */
  record Parts(
      UUID childId,
      long revision,
      LocalDate asOf,
      PlanContent content,
      List<CommentView> comments,
      List<AgreementView> agreementsNewestFirst,
      Set<UUID> writtenByFamily,
      List<ThreadBreak> addedBreaks,
      int viewsAnswered) {

    Parts(
        UUID childId,
        long revision,
        LocalDate asOf,
        PlanContent content,
        List<CommentView> comments,
        List<AgreementView> agreementsNewestFirst,
        Set<UUID> writtenByFamily,
        List<ThreadBreak> addedBreaks) {
      this(
          childId,
          revision,
          asOf,
          content,
          comments,
          agreementsNewestFirst,
          writtenByFamily,
          addedBreaks,
          0);
    }
  }

  PlanView assemble(Parts parts) {
    PlanContent content = parts.content();
    Set<UUID> present = content.items().map(PlanItem::id).collect(Collectors.toSet());
    List<CommentView> comments =
        parts.comments().stream().filter(c -> present.contains(c.itemId())).toList();
    ParticipationLadder.Assessment participation =
        ParticipationLadder.assess(contributions(parts, comments));
    return new PlanView(
        parts.childId(),
        parts.revision(),
        parts.asOf(),
        content.aspirations(),
        content.needs(),
        content.outcomes(),
        content.provisions(),
        content.strategies(),
        breaks(content, parts.addedBreaks()),
        participation.level(),
        message(participation.reasonKey(), participation.reasonArguments()),
        participation.reasons().stream().map(r -> message(r.key(), r.arguments())).toList(),
        ProvisionFigures.totals(content.provisions()),
        agreement(parts),
        comments);
  }

  static FamilyContributions contributions(Parts parts, List<CommentView> comments) {
    PlanContent content = parts.content();
    Set<UUID> family = parts.writtenByFamily();
    FamilyContributions.Agreement current =
        parts.agreementsNewestFirst().stream()
            .filter(a -> a.planVersion() == parts.revision())
            .filter(a -> !a.relationship().equals(PlanRights.AgreementRole.CHILD.name()))
            .reduce((newer, older) -> older)
            .map(a -> new FamilyContributions.Agreement(a.name(), a.agreedOn()))
            .orElse(null);
    return new FamilyContributions(
        (int) content.aspirations().stream().filter(a -> family.contains(a.id())).count(),
        (int) content.outcomes().stream().filter(OutcomeView::writtenWithFamily).count(),
        (int) content.strategies().stream().filter(s -> family.contains(s.id())).count(),
        (int) comments.stream().filter(CommentView::family).count(),
        !parts.agreementsNewestFirst().isEmpty(),
        current,
        parts.viewsAnswered());
  }

  private List<BreakView> breaks(PlanContent content, List<ThreadBreak> added) {
    List<BreakView> breaks = new ArrayList<>();
    for (ThreadBreak found : ThreadBreaks.in(content, added)) {
      breaks.add(
          new BreakView(
              found.kind(),
              found.item().id(),
              message(
                  "plan.break." + found.kind().name(),
                  List.of(
                      Items.shortened(found.item().words(), QUOTED),
                      found.reviewedOn() == null ? "" : found.reviewedOn())),
              found.item().kind()));
    }
    return breaks;
  }

  private static PlanView.Agreement agreement(Parts parts) {
    List<AgreementView> all = parts.agreementsNewestFirst();
    if (all.isEmpty()) {
      return null;
    }
    long newest = all.get(0).planVersion();
    List<AgreementView> agreedBy =
        new ArrayList<>(all.stream().filter(a -> a.planVersion() == newest).toList());
    Collections.reverse(agreedBy);
    return new PlanView.Agreement(newest, newest == parts.revision(), agreedBy);
  }

  private String message(String key, List<Object> arguments) {
    Object[] shown =
        arguments.stream().map(a -> a instanceof LocalDate day ? dates.date(day) : a).toArray();
    return messages.getMessage(key, shown, LocaleContextHolder.getLocale());
  }
}
