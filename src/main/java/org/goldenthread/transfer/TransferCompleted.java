package org.goldenthread.transfer;

import java.util.List;
import java.util.UUID;

/**
 * A move completed: the child is on the new school's roll. The family is told, and asked to give
 * consent again for each outside professional who stays on the team only with it ({@code
 * consentToRenew}, their names).
 */
public record TransferCompleted(
    UUID transferId, UUID childId, String toSchoolName, List<String> consentToRenew) {}
