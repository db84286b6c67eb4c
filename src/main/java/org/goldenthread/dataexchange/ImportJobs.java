package org.goldenthread.dataexchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports kept in the database, so that whichever app node the page or a client polls can answer.
 * Each write commits on its own (even while the import it describes runs in its own transaction),
 * so that its progress is seen as it goes. A person sees only their own imports.
 */
@Component
class ImportJobs {

  /** How long a previewed file waits to be imported, and a finished job's answer is kept. */
  static final Duration KEPT = Duration.ofDays(1);

  private static final RowMapper<ImportJob> ROW =
      (rs, n) ->
          new ImportJob(
              rs.getObject("id", UUID.class),
              rs.getObject("school_id", UUID.class),
              rs.getObject("user_id", UUID.class),
              rs.getBoolean("dry_run"),
              ImportJob.Status.valueOf(rs.getString("status")),
              rs.getInt("progress"),
              rs.getInt("pupils"),
              rs.getString("file_name"),
              (Integer) rs.getObject("http_status"),
              rs.getString("result"),
              rs.getLong("version"));

  private static final String COLUMNS =
      "id, school_id, user_id, dry_run, status, progress, pupils, file_name, http_status, result,"
          + " version";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;
  private final Clock clock;

  ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Keeps a previewed file until the person imports it. */
  UUID keep(CurrentUser user, UUID schoolId, String fileName, byte[] file, int pupils) {
    UUID id = UUID.randomUUID();
    own.executeWithoutResult(
        status -> {
          jdbc.update(
              "delete from import_job where created_at < ?",
              Timestamp.from(clock.instant().minus(KEPT)));
          jdbc.update(
              "insert into import_job (id, school_id, user_id, dry_run, status, pupils, file,"
                  + " file_name, created_at) values (?, ?, ?, true, 'PREVIEWED', ?, ?, ?, ?)",
              id,
              schoolId,
              user.id(),
              pupils,
              file,
              fileName,
              Timestamp.from(clock.instant()));
        });
    return id;
  }

  /** Starts a job (running, at 0). */
  UUID start(CurrentUser user, UUID schoolId, boolean dryRun, int pupils) {
    UUID id = UUID.randomUUID();
    own.executeWithoutResult(
        status ->
            jdbc.update(
                "insert into import_job (id, school_id, user_id, dry_run, status, pupils,"
                    + " created_at) values (?, ?, ?, ?, 'RUNNING', ?, ?)",
                id,
                schoolId,
                user.id(),
                dryRun,
                pupils,
                Timestamp.from(clock.instant())));
    return id;
  }

  /**
   * Turns a previewed file into a running import, once: answers its bytes, or empty when it was
   * imported already (a second press of the button) or is not the person's.
   */
  Optional<byte[]> claim(CurrentUser user, UUID id) {
    return own.execute(
        status -> {
          List<byte[]> files =
              jdbc.query(
                  "update import_job j set status = 'RUNNING', dry_run = false, progress = 0,"
                      + " file = null, version = j.version + 1 from (select id, file from"
                      + " import_job where id = ? and user_id = ? and status = 'PREVIEWED' for"
                      + " update) kept where j.id = kept.id returning kept.file",
                  (rs, n) -> rs.getBytes(1),
                  id,
                  user.id());
          return files.isEmpty() ? Optional.<byte[]>empty() : Optional.ofNullable(files.get(0));
        });
  }

  void progress(UUID id, int progress) {
    own.executeWithoutResult(
        status ->
            jdbc.update(
                "update import_job set progress = ?, version = version + 1 where id = ? and"
                    + " status = 'RUNNING' and progress < ?",
                progress,
                id,
                progress));
  }

  void finish(UUID id, int httpStatus, String result) {
    own.executeWithoutResult(
        status ->
            jdbc.update(
                "update import_job set status = 'DONE', progress = 100, http_status = ?, result ="
                    + " ?, file = null, finished_at = ?, version = version + 1 where id = ?",
                httpStatus,
                result,
                Timestamp.from(clock.instant()),
                id));
  }

  /** The person's own import; empty for anyone else's, or one that no longer exists. */
  Optional<ImportJob> find(CurrentUser user, UUID id) {
    return jdbc
        .query(
            "select " + COLUMNS + " from import_job where id = ? and user_id = ?",
            ROW,
            id,
            user.id())
        .stream()
        .findFirst();
  }

  /** A previewed file's bytes, for showing its preview again. */
  Optional<byte[]> file(CurrentUser user, UUID id) {
    return jdbc
        .query(
            "select file from import_job where id = ? and user_id = ? and status = 'PREVIEWED'",
            (rs, n) -> rs.getBytes(1),
            id,
            user.id())
        .stream()
        .filter(bytes -> bytes != null)
        .findFirst();
  }
}
