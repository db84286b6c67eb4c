package org.goldenthread.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;

/** Moves as the service answers them, for the slice tests. */
final class TransferViews {

  static final LocalDate MOVES_ON = LocalDate.of(2027, 9, 1);

  private TransferViews() {}

  static TransferView of(AccessibleChild child, TransferStatus status) {
    return new TransferView(
        UUID.randomUUID(),
        child.id(),
        child.displayName(),
        child.schoolId(),
        "Riverside Academy",
        UUID.randomUUID(),
        "Brook Primary School",
        MOVES_ON,
        status,
        status.open()
            ? List.of(
                "Brook Primary School is recorded as a primary school, and the child will be in year 9")
            : List.of(),
        "Helen Carter",
        status == TransferStatus.PROPOSED ? null : "Claire Bennett",
        false,
        status == TransferStatus.COMPLETED,
        3);
  }
}
