package org.goldenthread.export;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole of a child's record as {@code record.json}: one JSON object whose keys are kinds of
 * record ({@link RecordSections}), each an array of rows with simple fields ({@link JsonColumns}),
 * after {@code schemaVersion}, {@code exportedAt} and the {@code child} itself. It is read in one
 * read-only transaction at one moment (repeatable read: every section as the record stood when the
 * export began), a section at a time, each row written to the stream as the database sends it, so
 * that a record with years of history takes no more memory than a small one.
 *
 * <p>No access check: the caller decides who may have the record (the export lets in those with
 * {@link org.goldenthread.child.Permission#EXPORT_RECORD}).
 */
@Component
public class ChildRecordJson {

  /** Raised when the shape of record.json changes in a way a reader must know about. */
  public static final int SCHEMA_VERSION = 1;

  static final String FILE_NAME = "record.json";
  private static final int FETCH_SIZE = 200;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate reading;
  private final Clock clock;

  ChildRecordJson(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(FETCH_SIZE);
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.clock = clock;
  }

  /**
   * Writes record.json for the child, as no one reader in particular may have it (a copy kept for a
   * school's staff), to the stream, which is left open: see {@link #write(UUID, UUID,
   * OutputStream)}.
   */
  public void write(UUID childId, OutputStream out) {
    write(childId, null, out);
  }

  /**
   * Writes record.json for the child, as this reader may have it ({@link RecordSection#withheld}),
   * to the stream, which is left open (an entry of a ZIP file). A child with no record writes
   * {@code "child": null} and empty sections.
   *
   * @param readerId who the copy is for, or null for no one reader in particular
   */
  public void write(UUID childId, UUID readerId, OutputStream out) {
    Map<String, Object> params = new HashMap<>();
    params.put("child", childId);
    params.put("reader", readerId == null ? null : readerId.toString());
    reading.executeWithoutResult(
        status -> {
          try (JsonGenerator json =
              JsonMapper.shared().createGenerator(StreamUtils.nonClosing(out))) {
            json.writeStartObject();
            json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
            json.writeStringProperty("exportedAt", clock.instant().toString());
            json.writeName("child");
            writeChild(json, childId);
            for (RecordSection section : RecordSections.ALL) {
              json.writeName(section.key());
              json.writeStartArray();
              named.query(
                  section.sql(),
                  params,
                  (RowCallbackHandler) row -> JsonColumns.writeRow(json, row));
              json.writeEndArray();
              json.flush();
            }
            json.writeEndObject();
          }
        });
  }

  private void writeChild(JsonGenerator json, UUID childId) {
    boolean[] found = {false};
    jdbc.query(
        "select * from child where id = ?",
        (RowCallbackHandler)
            row -> {
              JsonColumns.writeRow(json, row);
              found[0] = true;
            },
        childId);
    if (!found[0]) {
      json.writeNull();
    }
  }
}
