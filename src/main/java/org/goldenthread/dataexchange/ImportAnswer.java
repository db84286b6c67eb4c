package org.goldenthread.dataexchange;

import java.util.List;

/**
 * The answer to an import, as the API gives it (issue 19's shape): whether it was a preview, how
 * many pupils are (or would be) created, changed and left alone, and every error by line and field
 * (the header is line 1; 0 for the file as a whole). With any error nothing is imported. Besides
 * the shape, {@code familyMembers}: the parents and carers of a CTF's contacts added to the
 * children's families (or, in a preview, that would be), and {@code transfersProposed}: the pupils
 * of a CTF on another school's roll whose move to the school is proposed to their families instead.
 */
record ImportAnswer(
    boolean dryRun,
    int created,
    int changed,
    int unchanged,
    List<ImportError> errors,
    int familyMembers,
    int transfersProposed) {

  /** One error: the line of the file, the field (a column of the template) and what is wrong. */
  record ImportError(int line, String field, String message) {}

  int status() {
    return errors.isEmpty() ? 200 : 400;
  }
}
