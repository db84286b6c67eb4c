package org.goldenthread.dataexchange;

import java.util.UUID;

/**
 * An import kept in the database: a file previewed on the page and waiting to be imported, or an
 * import running (with its progress, 0 to 100) or done (with its answer's status and JSON body).
 */
record ImportJob(
    UUID id,
    UUID schoolId,
    UUID userId,
    boolean dryRun,
    Status status,
    int progress,
    int pupils,
    String fileName,
    Integer httpStatus,
    String result,
    long version) {

  enum Status {
    PREVIEWED,
    RUNNING,
    DONE
  }
}
