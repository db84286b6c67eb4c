package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/** Every deadline a person may see, gathered from the {@link DeadlineSource} beans. */
@Service
public class Deadlines {

  /** Soonest last day first; then by kind, so that the order is the same every time. */
  static final Comparator<Deadline> SOONEST_FIRST =
      Comparator.comparing(Deadline::lastDay)
          .thenComparing(Deadline::kind)
          .thenComparing(Deadline::subjectId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Supplier<List<DeadlineSource>> sources;

  Deadlines(ObjectProvider<DeadlineSource> sources) {
    this.sources = SingletonSupplier.of(() -> sources.orderedStream().toList());
  }

  /**
   * The person's deadlines, soonest first.
   *
   * @param status only those of this status, or every status when null
   * @param dueBefore only those whose last day is before this day, or all when null
   */
  public List<Deadline> visibleTo(
      Authentication person, DeadlineStatus status, LocalDate dueBefore) {
    return gathered(source -> source.visibleTo(person))
        .filter(d -> status == null || d.status() == status)
        .filter(d -> dueBefore == null || d.lastDay().isBefore(dueBefore))
        .toList();
  }

  /** The deadlines about one child that the person may see, soonest first. */
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    return gathered(source -> source.aboutChild(person, childId)).toList();
  }

  private Stream<Deadline> gathered(Function<DeadlineSource, List<Deadline>> ask) {
    return sources.get().stream()
        .flatMap(source -> ask.apply(source).stream())
        .sorted(SOONEST_FIRST);
  }
}
