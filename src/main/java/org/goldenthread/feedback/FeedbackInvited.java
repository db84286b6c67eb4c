package org.goldenthread.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting was closed or a review recorded, and the family may now say how it went: {@code inbox}
 * puts an item for each of these people (the parents and carers with an account whom the family's
 * letters reach) that links to the feedback page.
 *
 * @param what the meeting's kind (its name) for a meeting, null for a review
 * @param link the feedback page
 */
public record FeedbackInvited(
    FeedbackSubject subject,
    UUID subjectId,
    UUID childId,
    String childName,
    String what,
    LocalDate heldOn,
    String link,
    List<UUID> people) {}
