package org.goldenthread.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.goldenthread.web.CsvText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;

/**
 * {@code audit-log.csv}: who read and who changed the child's record, when, in what role and what,
 * oldest first, as the audit trail keeps it ({@code child_audit}, read-only, streamed a row at a
 * time).
 */
@Component
class AuditLogCsv {

  static final String FILE_NAME = "audit-log.csv";
  static final List<String> HEADER =
      List.of("at", "actorId", "actorName", "role", "action", "what");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate reading;

  AuditLogCsv(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(500);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
  }

  void write(UUID childId, OutputStream out) {
    Writer csv = new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8);
    reading.executeWithoutResult(
        status -> {
          append(csv, HEADER);
          jdbc.query(
              """
              select occurred_at, actor_id, actor_name, role, action, what from child_audit
              where child_id = ? order by occurred_at, id
              """,
              (RowCallbackHandler)
                  row -> {
                    Object actor = row.getObject("actor_id");
                    append(
                        csv,
                        List.of(
                            row.getObject("occurred_at", OffsetDateTime.class)
                                .toInstant()
                                .toString(),
                            actor == null ? "" : actor.toString(),
                            row.getString("actor_name"),
                            row.getString("role"),
                            row.getString("action"),
                            row.getString("what")));
                  },
              childId);
        });
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Writer csv, List<String> cells) {
    try {
      csv.write(CsvText.line(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
