package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;

/**
 * An annual review as pages and the API show it: its meeting, its deadlines and its steps in the
 * order recorded.
 *
 * @param meetingId the meeting of kind annual review it is held at
 */
public record AnnualReviewView(
    UUID id,
    UUID childId,
    LocalDate meetingOn,
    UUID meetingId,
    List<Deadline> deadlines,
    List<ReviewStep> steps,
    long version) {}
