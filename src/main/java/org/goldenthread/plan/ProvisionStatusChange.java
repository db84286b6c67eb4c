package org.goldenthread.plan;

import java.time.LocalDate;

/**
 * Pausing, stopping or restarting a piece of support, as staff enter it. The reason is needed to
 * pause or stop; {@code from} is today when left out; {@code until} is only for a pause.
 */
public record ProvisionStatusChange(
    ProvisionStatus status, String reason, LocalDate from, LocalDate until) {}
