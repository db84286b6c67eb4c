package org.goldenthread.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A move to another school as pages and the API show it.
 *
 * @param warnings what may not fit (the new school's phase and the child's year group on the move
 *     date), in words: a move is never refused for them
 * @param copyAvailable the school left behind has its read-only copy of the record
 */
public record TransferView(
    UUID id,
    UUID childId,
    String childName,
    UUID fromSchoolId,
    String fromSchoolName,
    UUID toSchoolId,
    String toSchoolName,
    LocalDate movesOn,
    TransferStatus status,
    List<String> warnings,
    String proposedByName,
    String answeredByName,
    boolean fromImport,
    boolean copyAvailable,
    long version) {

  public boolean open() {
    return status.open();
  }
}
