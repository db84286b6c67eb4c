package org.goldenthread.worker;

import java.time.LocalDate;

/** A support request as entered, before the service checks it. */
public record SupportInput(SupportKind kind, String subject, String text, LocalDate visitOn) {}
