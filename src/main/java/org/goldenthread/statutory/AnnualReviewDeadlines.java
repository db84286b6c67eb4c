package org.goldenthread.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildListing;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineFacts;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The deadlines of annual reviews (each review's, and the next review's), and the plan amended
 * before a move to a new phase, for the children the person may see.
 */
@Component
class AnnualReviewDeadlines implements DeadlineSource {

  private final AnnualReviews reviews;
  private final ChildAccess access;
  private final Children children;
  private final DeadlineCalendar calendar;
  private final Clock clock;

  AnnualReviewDeadlines(
      AnnualReviews reviews,
      ChildAccess access,
      Children children,
      DeadlineCalendar calendar,
      Clock clock) {
    this.reviews = reviews;
    this.access = access;
    this.children = children;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    List<ChildListing> moving =
        children.visibleWithStatusIn(user, SenStatus.E, PhaseTransfer.LAST_YEAR_OF_PHASE);
    Set<UUID> withReviews = access.visibleWithRecords(user, ChildRecordTable.of("annual_review"));
    return deadlinesOf(withReviews, moving);
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)
        || access.grant(user, childId).isEmpty()) {
      return List.of();
    }
    return ofChild(childId);
  }

  /** The deadlines about a child the door has let the person see, soonest first. */
  List<Deadline> ofChild(AccessibleChild child) {
    return ofChild(child.id()).stream()
        .sorted(Comparator.comparing(Deadline::lastDay).thenComparing(Deadline::kind))
        .toList();
  }

  private List<Deadline> ofChild(UUID childId) {
    List<ChildListing> moving =
        children
            .find(childId)
            .filter(c -> c.senStatus() == SenStatus.E)
            .filter(c -> PhaseTransfer.LAST_YEAR_OF_PHASE.contains(c.yearGroup()))
            .map(ChildSummary::listing)
            .stream()
            .toList();
    return deadlinesOf(Set.of(childId), moving);
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return deadlinesOf(
        Set.copyOf(reviews.childrenWithReviews()),
        children.allWithPlansIn(PhaseTransfer.LAST_YEAR_OF_PHASE));
  }

  private List<Deadline> deadlinesOf(Set<UUID> withReviews, List<ChildListing> moving) {
    Set<UUID> all = new HashSet<>(withReviews);
    moving.forEach(c -> all.add(c.id()));
    Map<UUID, List<AnnualReviewView>> byChild =
        reviews.ofChildren(all).stream().collect(Collectors.groupingBy(AnnualReviewView::childId));
    List<Deadline> found = new ArrayList<>();
    withReviews.forEach(
        id -> byChild.getOrDefault(id, List.of()).forEach(r -> found.addAll(r.deadlines())));
    Map<UUID, LocalDate> born =
        children.datesOfBirth(moving.stream().map(ChildListing::id).toList());
    LocalDate today = LocalDate.now(clock);
    for (ChildListing child : moving) {
      phaseTransfer(child, born.get(child.id()), byChild.getOrDefault(child.id(), List.of()), today)
          .ifPresent(found::add);
    }
    return found;
  }

  /**
   * The plan amended before the child's move next September: met by the first amended plan issued
   * in the school year before the move.
   */
  private Optional<Deadline> phaseTransfer(
      ChildListing child, LocalDate born, Collection<AnnualReviewView> ofChild, LocalDate today) {
    return PhaseTransfer.move(child.yearGroup(), today)
        .map(
            move -> {
              LocalDate metOn =
                  ofChild.stream()
                      .flatMap(r -> r.steps().stream())
                      .filter(s -> s.kind() == ReviewStepKind.FINAL_AMENDED)
                      .map(ReviewStep::on)
                      .filter(on -> !on.isBefore(PhaseTransfer.yearBefore(move)))
                      .min(Comparator.naturalOrder())
                      .orElse(null);
              UUID latest =
                  ofChild.stream()
                      .max(Comparator.comparing(AnnualReviewView::meetingOn))
                      .map(AnnualReviewView::id)
                      .orElse(null);
              DeadlineKind kind = DeadlineKind.PHASE_TRANSFER;
              return calendar.deadline(
                  kind,
                  calendar.due(kind, new DeadlineFacts(move, null, born)),
                  new Tracked(
                      latest,
                      child.id(),
                      kind.usualOwner(),
                      null,
                      metOn,
                      null,
                      List.of(),
                      AnnualReviews.page(child.id(), null)));
            });
  }
}
