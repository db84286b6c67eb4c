package org.goldenthread.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.export.ChildRecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The copy of the record the school left behind keeps: written once, by the export's writer, in the
 * transaction that completes the move, and never changed.
 */
@Component
class TransferCopies {

  private final ChildRecordJson record;
  private final JdbcClient jdbc;
  private final Clock clock;

  TransferCopies(ChildRecordJson record, JdbcClient jdbc, Clock clock) {
    this.record = record;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void take(UUID transferId, UUID childId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record.write(childId, out);
    jdbc.sql(
            """
            insert into transfer_copy (transfer_id, record, taken_at)
            values (:id, cast(:record as jsonb), :at)
            """)
        .param("id", transferId)
        .param("record", out.toString(StandardCharsets.UTF_8))
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  Optional<String> json(UUID transferId) {
    return jdbc.sql("select record::text from transfer_copy where transfer_id = :id")
        .param("id", transferId)
        .query(String.class)
        .optional();
  }
}
