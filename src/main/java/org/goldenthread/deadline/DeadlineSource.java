package org.goldenthread.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * The deadlines of one module's records, offered to {@link Deadlines}: a module that owns deadlines
 * (EHC assessments, annual reviews, agreed actions, …) stores them with its records and provides a
 * bean of this type, so that {@code GET /deadlines} needs to know no module above this one. Each
 * source answers only what the person may see, by its own module's access rules.
 */
public interface DeadlineSource {

  /** Every deadline of this source the person may see, of every status. */
  List<Deadline> visibleTo(Authentication person);

  /** Those about one child; empty when the person may not see the child. */
  default List<Deadline> aboutChild(Authentication person, UUID childId) {
    return visibleTo(person).stream().filter(d -> childId.equals(d.childId())).toList();
  }

  /**
   * Every deadline of this source, whoever may see it, that may still call for a notice (due soon,
   * or missed lately): for the job that sends the notices, not for any person's eyes.
   */
  default List<Deadline> forNotices(LocalDate today) {
    return List.of();
  }
}
