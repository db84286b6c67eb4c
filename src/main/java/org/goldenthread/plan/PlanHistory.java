package org.goldenthread.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored history of every plan item: at each change, the whole item (fields and links both
 * ways) is written as JSON, valid from the change until the next; a removal closes it. The plan as
 * it stood at any moment is read back from these rows, never worked out from guesses.
 */
@Repository
class PlanHistory {

  /** Whoever made a change. */
  public record Author(UUID id, String name, String role, boolean family) {}

  /** What happened to an item. */
  public enum Change {
    ADDED,
    CHANGED,
    LINKS_CHANGED,
    REMOVED
  }

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PlanHistory(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Keeps the item's new state, from now: its previous state ends now. A removal keeps the last
   * state as a REMOVED row that is never current.
   */
  void record(
      UUID childId, long revision, Change change, PlanItem item, Author author, Instant now) {
    Timestamp at = Timestamp.from(now);
    jdbc.sql("update plan_item_history set valid_to = ? where item_id = ? and valid_to is null")
        .params(at, item.id())
        .update();
    jdbc.sql(
            """
            insert into plan_item_history (child_id, item_kind, item_id, item_version,
              plan_revision, change, snapshot, author_id, author_name, author_role, author_family,
              valid_from, valid_to)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
            """)
        .params(
            childId,
            item.kind().name(),
            item.id(),
            item.version(),
            revision,
            change.name(),
            json.writeValueAsString(item),
            author.id(),
            author.name(),
            author.role(),
            author.family(),
            at,
            change == Change.REMOVED ? at : null)
        .update();
  }

  /** Every item of the plan as it stood just before the moment. */
  PlanContent asOf(UUID childId, Instant moment) {
    Timestamp at = Timestamp.from(moment);
    List<PlanItem> items =
        jdbc.sql(
                """
                select item_kind, snapshot::text as snapshot from plan_item_history
                where child_id = ? and change <> 'REMOVED' and valid_from < ?
                  and (valid_to is null or valid_to >= ?)
                """)
            .params(childId, at, at)
            .query((row, n) -> read(row.getString("item_kind"), row.getString("snapshot")))
            .list();
    return new PlanContent(
        of(items, AspirationView.class),
        of(items, NeedView.class),
        of(items, OutcomeView.class),
        of(items, ProvisionView.class),
        of(items, StrategyView.class));
  }

  /** The plan's revision just before the moment: 0 before its first change. */
  long revisionAt(UUID childId, Instant moment) {
    return jdbc.sql(
            """
            select coalesce(max(plan_revision), 0) from plan_item_history
            where child_id = ? and valid_from < ?
            """)
        .params(childId, Timestamp.from(moment))
        .query(Long.class)
        .single();
  }

  /** The items a family member added or changed, before the moment (null: up to now). */
  Set<UUID> writtenByFamily(UUID childId, Instant before) {
    return new HashSet<>(
        jdbc.sql(
                """
                select distinct item_id from plan_item_history
                where child_id = ? and author_family and change in ('ADDED', 'CHANGED')
                  and (cast(? as timestamptz) is null or valid_from < ?)
                """)
            .params(
                childId,
                before == null ? null : Timestamp.from(before),
                before == null ? null : Timestamp.from(before))
            .query(UUID.class)
            .list());
  }

  /** The item's change list, newest first. */
  List<ItemChange> changes(UUID childId, PlanItemKind kind, UUID itemId) {
    return jdbc.sql(
            """
            select item_kind, item_id, change, item_version, plan_revision, valid_from, author_id,
              author_name, author_role, author_family, snapshot::text as snapshot
            from plan_item_history where child_id = ? and item_kind = ? and item_id = ?
            order by id desc
            """)
        .params(childId, kind.name(), itemId)
        .query(
            (row, n) ->
                new ItemChange(
                    kind,
                    itemId,
                    row.getString("change"),
                    row.getLong("item_version"),
                    row.getLong("plan_revision"),
                    row.getTimestamp("valid_from").toInstant(),
                    row.getObject("author_id", UUID.class),
                    row.getString("author_name"),
                    row.getString("author_role"),
                    row.getBoolean("author_family"),
                    read(row.getString("item_kind"), row.getString("snapshot"))))
        .list();
  }

  private PlanItem read(String kind, String snapshot) {
    Class<? extends PlanItem> type =
        switch (PlanItemKind.valueOf(kind)) {
          case ASPIRATIONS -> AspirationView.class;
          case NEEDS -> NeedView.class;
          case OUTCOMES -> OutcomeView.class;
          case PROVISIONS -> ProvisionView.class;
          case STRATEGIES -> StrategyView.class;
        };
    return json.readValue(snapshot, type);
  }

  private static <T extends PlanItem> List<T> of(List<PlanItem> items, Class<T> type) {
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
