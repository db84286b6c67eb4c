package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;

/**
 * An EHC needs assessment as pages and the API show it: where it stands, its deadlines (those that
 * still apply) and its milestones in the order recorded.
 */
public record AssessmentView(
    UUID id,
    UUID childId,
    LocalDate requestedOn,
    RequestedBy requestedBy,
    AssessmentStatus status,
    List<Deadline> deadlines,
    List<Milestone> events,
    long version) {}
