package org.goldenthread.disagreement;

import java.util.UUID;

/**
 * A disagreement was recorded about a child: for the notifications (the school's SENCO, or the
 * authority's officers for a decision of the authority; never the member of staff it is about) and
 * whoever else listens. The child's history records it through {@code child.ChildRecordChanged}.
 */
public record DisagreementRecorded(
    UUID disagreementId,
    UUID childId,
    DisagreementAbout about,
    UUID aboutStaffId,
    UUID recordedById,
    String recordedByName) {}
