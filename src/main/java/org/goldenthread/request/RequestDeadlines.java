package org.goldenthread.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordDeadlines;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.Tracked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each request in writing as a {@code REQUEST_ANSWER} deadline, for the children the person may
 * see: due on the request's due date, owed by the school or the authority it was sent to, missed
 * while it is still open after its due date, and met on the day it was answered: an answer after
 * the due date is met late ({@link Deadline#metLate()}, "Met late" in the lists), as every other
 * deadline is, so that an answered request leaves the lists of what is open. Each links to the
 * request's page. The deadline letters are offered the requests still awaiting an answer.
 */
@Component
@Transactional(readOnly = true)
class RequestDeadlines extends ChildRecordDeadlines {

  private final WrittenRequestRepository requests;
  private final DeadlineCalendar calendar;

  RequestDeadlines(
      WrittenRequestRepository requests, ChildAccess access, DeadlineCalendar calendar) {
    super(access, ChildRecordTable.of("written_request"));
    this.requests = requests;
    this.calendar = calendar;
  }

  @Override
  protected List<Deadline> deadlinesOf(Set<UUID> childIds) {
    return requests.findByChildIdInOrderByMadeOnDesc(childIds).stream()
        .map(this::deadline)
        .toList();
  }

  /** A child's requests are read once per page view, for its panel and its deadlines alike. */
  @Override
  protected List<Deadline> deadlinesOfChild(UUID childId) {
    return requests.ofChild(childId).stream().map(this::deadline).toList();
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return requests.findByAnsweredOnIsNull().stream().map(this::deadline).toList();
  }

  Deadline deadline(WrittenRequest request) {
    return calendar.deadline(
        DeadlineKind.REQUEST_ANSWER,
        calendar.agreed(request.dueOn()),
        new Tracked(
            request.id(),
            request.childId(),
            request.addressedTo().owner(),
            null,
            request.answeredOn(),
            null,
            List.of(),
            page(request.childId(), request.id())));
  }

  static String page(UUID childId, UUID requestId) {
    return "/children/" + childId + "/requests/" + requestId;
  }
}
