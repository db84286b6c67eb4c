package org.goldenthread.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice of email per kind of inbox item: at once, in the daily digest, or none. A
 * kind they never chose has its default ({@link InboxKind#byDefault()}). A change sets only the
 * kinds it names; each kind is one row, written whole, so two changes at once to different kinds
 * both stay and one to the same kind leaves the last: there is nothing else in it to overwrite.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

  private final JdbcClient jdbc;

  NotificationPreferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every kind with the person's choice, in the order of the kinds. */
  public Map<InboxKind, EmailChoice> of(UUID userId) {
    Map<InboxKind, EmailChoice> choices = defaults();
    jdbc.sql("select kind, choice from notification_preference where user_id = :user")
        .param("user", userId)
        .query(
            (row, n) ->
                Map.entry(
                    InboxKind.valueOf(row.getString("kind")),
                    EmailChoice.valueOf(row.getString("choice"))))
        .list()
        .forEach(entry -> choices.put(entry.getKey(), entry.getValue()));
    return choices;
  }

  /** The person's choice for one kind. */
  public EmailChoice choiceOf(UUID userId, InboxKind kind) {
    return jdbc.sql(
            "select choice from notification_preference where user_id = :user and kind = :kind")
        .param("user", userId)
        .param("kind", kind.name())
        .query(String.class)
        .optional()
        .map(EmailChoice::valueOf)
        .orElse(kind.byDefault());
  }

  /** The kinds for which the person chose this (by default or not). */
  public List<InboxKind> kindsWith(UUID userId, EmailChoice choice) {
    return of(userId).entrySet().stream()
        .filter(entry -> entry.getValue() == choice)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Sets the kinds named; the others keep their choice. Answers every kind's choice. */
  @Transactional
  public Map<InboxKind, EmailChoice> change(UUID userId, Map<InboxKind, EmailChoice> changes) {
    changes.forEach(
        (kind, choice) ->
            jdbc.sql(
                    """
                    insert into notification_preference (user_id, kind, choice)
                    values (:user, :kind, :choice)
                    on conflict (user_id, kind) do update set choice = excluded.choice
                    """)
                .param("user", userId)
                .param("kind", kind.name())
                .param("choice", choice.name())
                .update());
    return of(userId);
  }

  /**
   * The SQL expression of the choice for an inbox item's kind, the default when the person chose
   * none: {@code p} is the person's preference row (outer-joined), {@code i} the item.
   */
  static String choiceSql(String item, String preference) {
    StringBuilder sql = new StringBuilder("coalesce(" + preference + ".choice, case " + item);
    for (InboxKind kind : InboxKind.values()) {
      sql.append(" when '")
          .append(kind.name())
          .append("' then '")
          .append(kind.byDefault().name())
          .append('\'');
    }
    return sql.append(" end)").toString();
  }

  static Map<InboxKind, EmailChoice> defaults() {
    Map<InboxKind, EmailChoice> choices = new EnumMap<>(InboxKind.class);
    for (InboxKind kind : InboxKind.values()) {
      choices.put(kind, kind.byDefault());
    }
    return choices;
  }
}
