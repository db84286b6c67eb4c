package org.goldenthread.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The family agreed to a move or declined it. Whoever proposed it is told; on agreement so are the
 * receiving school's SENCOs ({@code receivingSencoIds}), who may now see the child's record.
 */
public record TransferAnswered(
    UUID transferId,
    UUID childId,
    boolean agreed,
    String toSchoolName,
    LocalDate movesOn,
    UUID proposedById,
    UUID answeredById,
    String answeredByName,
    List<UUID> receivingSencoIds) {}
