package org.goldenthread.transfer;

import java.time.LocalDate;
import java.util.UUID;

/** A move to another school was proposed: the family is asked to agree or decline. */
public record TransferProposed(
    UUID transferId,
    UUID childId,
    String toSchoolName,
    LocalDate movesOn,
    UUID proposedById,
    String proposedByName) {}
