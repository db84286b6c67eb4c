package org.goldenthread.voice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A view was answered: its response recorded, and when {@code fedBackOn} is set, fed back to the
 * child or family on that day (the loop is closed).
 */
public record ViewAnswered(
    UUID viewId,
    UUID childId,
    ViewStatus status,
    LocalDate fedBackOn,
    UUID recordedById,
    UUID respondedById,
    String respondedByName) {}
