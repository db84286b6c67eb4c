package org.goldenthread.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A graduated-approach review of a child's plan, as recorded: the day it was held, progress on
 * every outcome (in plan order), the parent's view, the child's view and how it was gathered, the
 * decision with its reasons, the date of the next review, the views of the child and the family it
 * answered (their ids, in the order given), and who recorded it when. A view left blank is null.
 */
public record ReviewView(
    UUID id,
    UUID childId,
    LocalDate heldOn,
    List<ProgressView> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    ReviewDecision decision,
    String decisionNotes,
    LocalDate nextReviewOn,
    List<UUID> viewsAnswered,
    UUID recordedById,
    String recordedByName,
    Instant recordedAt,
    long version) {}
