package org.goldenthread.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;

/**
 * Who has read which message, and what is still unread, counted in the database: one statement
 * each, whatever the number of messages. Lists of ids are bound as one array.
 */
@Component
class MessageReceipts {

  /** A message someone else sent that the person has not read. */
  private static final String UNREAD =
      "m.author_id <> :me and not exists (select 1 from message_read r"
          + " where r.message_id = m.id and r.user_id = :me)";

  private final JdbcClient jdbc;

  MessageReceipts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks every message of the thread that others sent as read by the person, once each. */
  void markRead(UUID threadId, UUID me, String name, Instant at) {
    jdbc.sql(
            "insert into message_read (message_id, user_id, reader_name, read_at)"
                + " select m.id, :me, :name, :at from message m where m.thread_id = :thread and "
                + UNREAD
                + " on conflict do nothing")
        .param("me", me)
        .param("name", name)
        .param("at", Timestamp.from(at))
        .param("thread", threadId)
        .update();
  }

  /** The names of those who have read each of these messages, in the order they read them. */
  Map<UUID, List<String>> readers(Collection<UUID> messageIds) {
    Map<UUID, List<String>> readers = new HashMap<>();
    if (messageIds.isEmpty()) {
      return readers;
    }
    jdbc.sql(
            "select message_id, reader_name from message_read where message_id = any(:ids)"
                + " order by read_at, reader_name")
        .param("ids", uuids(messageIds))
        .query(
            (row, n) -> {
              readers
                  .computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                  .add(row.getString(2));
              return null;
            })
        .list();
    return readers;
  }

  /** The person's unread messages in each of these threads (absent: none). */
  Map<UUID, Integer> unreadByThread(Collection<UUID> threadIds, UUID me) {
    if (threadIds.isEmpty()) {
      return Map.of();
    }
    return counts(
        "select m.thread_id, count(*) from message m where m.thread_id = any(:ids) and "
            + UNREAD
            + " group by m.thread_id",
        uuids(threadIds),
        me);
  }

  /**
   * The person's unread messages about each of these children that has any: the children's own
   * messages only, found through their index, never every message of the installation. The ids are
   * bound as one array, whatever their number.
   */
  Map<UUID, Integer> unreadByChild(Collection<UUID> childIds, UUID me) {
    if (childIds.isEmpty()) {
      return Map.of();
    }
    return counts(
        "select m.child_id, count(*) from message m where m.child_id = any(:ids) and "
            + UNREAD
            + " group by m.child_id",
        uuids(childIds),
        me);
  }

  /** The person's unread messages about one child. */
  int unreadOf(UUID childId, UUID me) {
    return jdbc.sql("select count(*) from message m where m.child_id = :child and " + UNREAD)
        .param("child", childId)
        .param("me", me)
        .query(Integer.class)
        .single();
  }

  /** The last time someone wrote as one of each child's family, for children with any. */
  Map<UUID, Instant> lastFromFamily(Collection<UUID> childIds) {
    Map<UUID, Instant> last = new HashMap<>();
    if (childIds.isEmpty()) {
      return last;
    }
    jdbc.sql(
            "select child_id, max(sent_at) from message where from_family"
                + " and child_id = any(:ids) group by child_id")
        .param("ids", uuids(childIds))
        .query(
            (row, n) -> {
              last.put(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant());
              return null;
            })
        .list();
    return last;
  }

  private Map<UUID, Integer> counts(String sql, Object ids, UUID me) {
    Map<UUID, Integer> counts = new HashMap<>();
    jdbc.sql(sql)
        .param("me", me)
        .param("ids", ids)
        .query(
            (row, n) -> {
              counts.put(row.getObject(1, UUID.class), row.getInt(2));
              return null;
            })
        .list();
    return counts;
  }

  /** The ids bound as one {@code uuid[]}, whatever their number: {@code = any(:ids)}. */
  private static SqlTypeValue uuids(Collection<UUID> ids) {
    UUID[] array = ids.toArray(UUID[]::new);
    return new AbstractSqlTypeValue() {
      @Override
      protected Object createTypeValue(Connection con, int sqlType, String typeName)
          throws SQLException {
        return con.createArrayOf("uuid", array);
      }
    };
  }
}
