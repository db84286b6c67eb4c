package org.goldenthread.document;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordDeadlines;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.Tracked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence from families as {@code EVIDENCE_RESPONSE} deadlines, for the children the person may
 * see: due on the day worked out in the school's school days when it was shared, owed by the
 * school, met on the day the school recorded its response (missed when that was after the day, or
 * when the day has passed without one). Each links to the document's page.
 */
@Component
@Transactional(readOnly = true)
class DocumentDeadlines extends ChildRecordDeadlines {

  private final Documents documents;
  private final DeadlineCalendar calendar;
  private final Clock clock;

  DocumentDeadlines(
      Documents documents, ChildAccess access, DeadlineCalendar calendar, Clock clock) {
    super(access, Documents.EVIDENCE_FROM_FAMILIES);
    this.documents = documents;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  protected List<Deadline> deadlinesOf(Set<UUID> childIds) {
    return documents.evidenceOf(childIds).stream().map(this::deadline).toList();
  }

  private Deadline deadline(Document document) {
    return calendar.deadline(
        DeadlineKind.EVIDENCE_RESPONSE,
        calendar.agreed(document.responseDue()),
        new Tracked(
            document.id(),
            document.childId(),
            DeadlineOwner.SCHOOL,
            null,
            document.respondedOn(clock.getZone()),
            null,
            List.of(),
            "/children/" + document.childId() + "/documents/" + document.id()));
  }
}
