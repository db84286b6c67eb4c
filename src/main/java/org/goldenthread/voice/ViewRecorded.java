package org.goldenthread.voice;

import java.util.UUID;

/** A view of the child or of the family was recorded. */
public record ViewRecorded(
    UUID viewId, UUID childId, Whose whose, UUID recordedById, String recordedByName) {}
