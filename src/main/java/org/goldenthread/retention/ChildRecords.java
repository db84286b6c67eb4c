package org.goldenthread.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.document.DocumentFiles;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children's records: kept until the end of the school year (31 August) in which the young person
 * reaches {@code age}, then deleted with everything about them. The app has no closed state for a
 * record: by that day any record is closed, since SEND support and EHC plans end with the school
 * year in which the young person turns 25. Deleting one deletes the child's row, which the database
 * cascades to every table about the child (V47); before that, the child's document files in a
 * directory are set to go at commit and the invitations sent for the child's family and own account
 * are deleted; after it, the child's own account, unless something outside the record still names
 * it.
 */
record ChildRecords(int age, ZoneId zone, JdbcClient jdbc, DocumentFiles files) implements Rule {

  @Override
  public String key() {
    return "children";
  }

  @Override
  public Keep keep() {
    return new Keep(null, age);
  }

  @Override
  public List<String> candidates(Instant now) {
    return jdbc.sql(
            "select id::text from child"
                + " where date_of_birth + make_interval(years => :age) < :schoolYearStart"
                + " order by 1")
        .param("age", age)
        .param("schoolYearStart", schoolYearStart(LocalDate.ofInstant(now, zone)))
        .query(String.class)
        .list();
  }

  /** The 1 September on or before the day: the school years before it have ended. */
  static LocalDate schoolYearStart(LocalDate day) {
    LocalDate september = LocalDate.of(day.getYear(), 9, 1);
    return day.isBefore(september) ? september.minusYears(1) : september;
  }

  @Override
  public void delete(List<String> ids) {
    ids.stream().map(UUID::fromString).forEach(this::deleteChild);
  }

  private void deleteChild(UUID childId) {
    files.removeWhenCommitted(childId);
    jdbc.sql(
            """
            delete from invitation where id in (
              select invitation_id from family_invitation where child_id = :child
              union select invitation_id from child_account_invitation where child_id = :child)
            """)
        .param("child", childId)
        .update();
    UUID account =
        jdbc.sql("select user_id from child where id = ?")
            .param(childId)
            .query(UUID.class)
            .optional()
            .orElse(null);
    jdbc.sql("delete from child where id = ?").param(childId).update();
    if (account != null) {
      deleteAccount(account);
    }
  }

  /**
   * The child's own account, with its roles, tokens and settings; kept (and the run goes on) when a
   * row outside the deleted record still names it.
   */
  private void deleteAccount(UUID account) {
    jdbc.sql("savepoint child_account").update();
    try {
      jdbc.sql("delete from notification_preference where user_id = ?").param(account).update();
      jdbc.sql("delete from inbox_digest where user_id = ?").param(account).update();
      jdbc.sql("delete from app_user where id = ?").param(account).update();
      jdbc.sql("release savepoint child_account").update();
    } catch (DataAccessException stillNamed) {
      jdbc.sql("rollback to savepoint child_account").update();
    }
  }
}
