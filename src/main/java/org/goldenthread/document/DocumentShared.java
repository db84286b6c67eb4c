package org.goldenthread.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document was shared about a child: for the notifications (new evidence from the family is for
 * the school to read and respond to by {@code responseDue}) and whoever else listens.
 *
 * @param byFamily it was shared by one of the child's family, and so is evidence with a response
 *     date
 * @param responseDue the day the school should respond by; null for a document staff shared
 */
public record DocumentShared(
    UUID childId,
    UUID documentId,
    String title,
    UUID uploadedById,
    String uploadedByName,
    boolean byFamily,
    LocalDate responseDue,
    Instant sharedAt) {}
