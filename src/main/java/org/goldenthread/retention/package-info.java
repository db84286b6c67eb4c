/**
 * Retention (issue 20, part 3): how long each kind of record is kept ({@code
 * goldenthread.retention.*}, {@link org.goldenthread.retention.RetentionSettings}), the daily run
 * that deletes what is past its time (claimed once per day in {@code retention_run}, so that two
 * app instances never both run it), and the administrator's page and API that show first what the
 * run would delete now. The dry run and the real run take their candidates from the same {@code
 * Rule}s. Deleting a child's record deletes everything about it: the database cascades from {@code
 * child} (V47), the child's documents kept in a directory go once the deletion commits ({@code
 * document.DocumentFiles}) and the child's own account goes with it. Every deletion is announced as
 * {@link org.goldenthread.retention.RetentionDeleted}, which the audit log records.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"document", "identity", "web"})
package org.goldenthread.retention;
