package org.goldenthread.caseload;

import java.time.LocalDate;
import java.util.UUID;

/** One child on the caseload, with the facts the list shows and sorts by. */
public record CaseloadRow(
    UUID id,
    String displayName,
    String upn,
    String yearGroup,
    String senStatus,
    String primaryNeed,
    LocalDate nextReview,
    long meetings,
    long overdueActions,
    long unreadEvidence,
    long openViews,
    long threadBreaks,
    LocalDate nextDeadline,
    long missedDeadlines) {}
