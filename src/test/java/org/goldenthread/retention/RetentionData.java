package org.goldenthread.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.goldenthread.support.FreshSchool;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated records for retention's tests, written straight into the tables: a child with something
 * in the tables about a child (among them every one that did not cascade before V47), and the
 * operational rows each rule looks at, dated as asked.
 */
final class RetentionData {

  private final JdbcTemplate jdbc;
  private final UUID staff;
  private final UUID school;

  RetentionData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    // A school of their own, so that the children a test leaves (too young to go) do not add to
    // what the demo school's pages show.
    this.school =
        FreshSchool.school(JdbcClient.create(jdbc), UUID.randomUUID().toString().substring(0, 8));
    this.staff =
        jdbc.queryForObject(
            "select id from app_user where email = 'senco@riverside.example'", UUID.class);
  }

  /** A child born that day, with a record that touches many tables; with an account of its own. */
  UUID child(LocalDate born, boolean ownAccount) {
    UUID child = UUID.randomUUID();
    UUID account = null;
    if (ownAccount) {
      account = UUID.randomUUID();
      jdbc.update(
          "insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, 'x')",
          account,
          "young." + account + "@example.org",
          "Young Person");
      jdbc.update("insert into user_role (user_id, role) values (?, 'CHILD')", account);
    }
    jdbc.update(
        """
        insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                           sen_status, home_languages, interpreter_needed, created_at, updated_at,
                           user_id)
        values (?, 'Retention', 'Probe', ?, ?, '11', 'K', 'ENG', false, now(), now(), ?)
        """,
        child,
        born,
        school,
        account);
    jdbc.update(
        "insert into profile_section (child_id, section, body, author_name, written_at)"
            + " values (?, 'LIKE_AND_ADMIRE', 'Kind', 'A teacher', now())",
        child);
    UUID member = UUID.randomUUID();
    jdbc.update(
        "insert into family_member (id, child_id, name, email, relationship,"
            + " parental_responsibility) values (?, ?, 'Pat Probe', ?, 'MOTHER', true)",
        member,
        child,
        "pat." + child + "@example.org");
    UUID invitation = invitation(Instant.now().plus(7, ChronoUnit.DAYS), "PARENT");
    jdbc.update(
        "insert into family_invitation (invitation_id, child_id, family_member_id) values (?, ?, ?)",
        invitation,
        child,
        member);
    UUID meeting = UUID.randomUUID();
    jdbc.update(
        """
        insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
                             organiser_id, organiser_name, status, calendar_uid, created_at)
        values (?, ?, 'SEN_SUPPORT_REVIEW', now(), 30, 'Room 1', ?, 'Senco', 'BOOKED', ?, now())
        """,
        meeting,
        child,
        staff,
        meeting.toString());
    jdbc.update(
        """
        insert into meeting_action (id, meeting_id, child_id, description, owner_id, owner_name,
                                    due_on, status, created_at, changed_at)
        values (?, ?, ?, 'Phone home', ?, 'Senco', current_date, 'OPEN', now(), now())
        """,
        UUID.randomUUID(),
        meeting,
        child,
        staff);
    UUID document = UUID.randomUUID();
    jdbc.update(
        """
        insert into document (id, child_id, title, kind, content_type, file_name, size_bytes,
                              sha256, stored_in, uploaded_by_id, uploaded_by_name, uploaded_at,
                              from_family)
        values (?, ?, 'Report', 'OTHER', 'application/pdf', 'report.pdf', 3, repeat('a', 64),
                'DATABASE', ?, 'Senco', now(), false)
        """,
        document,
        child,
        staff);
    jdbc.update(
        "insert into document_content (document_id, bytes) values (?, ?)",
        document,
        new byte[] {1, 2, 3});
    UUID thread = UUID.randomUUID();
    jdbc.update(
        "insert into message_thread (id, child_id, subject, started_by, started_at,"
            + " last_message_at) values (?, ?, 'Hello', ?, now(), now())",
        thread,
        child,
        staff);
    UUID message = UUID.randomUUID();
    jdbc.update(
        "insert into message (id, thread_id, child_id, author_id, author_name, from_family,"
            + " sent_at, text) values (?, ?, ?, ?, 'Senco', false, now(), 'Hello')",
        message,
        thread,
        child,
        staff);
    jdbc.update(
        "insert into message_read (message_id, user_id, reader_name, read_at)"
            + " values (?, ?, 'Senco', now())",
        message,
        staff);
    jdbc.update(
        """
        insert into contact_entry (id, child_id, on_date, how, with_whom, summary, recorded_by,
                                   recorded_by_name, recorded_at)
        values (?, ?, current_date, 'PHONE', 'Pat', 'Talked', ?, 'Senco', now())
        """,
        UUID.randomUUID(),
        child,
        staff);
    jdbc.update(
        """
        insert into ehc_assessment (id, child_id, requested_on, requested_by, status,
                                    recorded_by_id, recorded_by_name, recorded_at, changed_at)
        values (?, ?, current_date, 'PARENT', 'REQUESTED', ?, 'Senco', now(), now())
        """,
        UUID.randomUUID(),
        child,
        staff);
    jdbc.update(
        "insert into inbox_item (id, user_id, kind, child_id, title, link, at)"
            + " values (?, ?, 'MEETING', ?, 'Meeting', '/', now())",
        UUID.randomUUID(),
        staff,
        child);
    childAudit(child, Instant.now());
    return child;
  }

  void childAudit(UUID child, Instant at) {
    jdbc.update(
        "insert into child_audit (child_id, occurred_at, actor_name, role, action, what)"
            + " values (?, ?, 'Senco', 'SENCO', 'READ', 'Looked at the profile')",
        child,
        Timestamp.from(at));
  }

  long auditEntry(Instant at) {
    return jdbc.queryForObject(
        "insert into audit_event (occurred_at, action, what) values (?, 'READ', 'Probe')"
            + " returning id",
        Long.class,
        Timestamp.from(at));
  }

  UUID outbox(Instant at) {
    return jdbc.queryForObject(
        "insert into outbox_message (recipient, subject, body, created_at)"
            + " values ('a@example.org', 'Probe', 'Probe', ?) returning id",
        UUID.class,
        Timestamp.from(at));
  }

  UUID invitation(Instant expires, String role) {
    return jdbc.queryForObject(
        "insert into invitation (email, display_name, role, token_hash, created_at, expires_at)"
            + " values (?, 'Probe', ?, ?, ?, ?) returning id",
        UUID.class,
        "invited." + UUID.randomUUID() + "@example.org",
        role,
        UUID.randomUUID().toString(),
        Timestamp.from(expires.minus(14, ChronoUnit.DAYS)),
        Timestamp.from(expires));
  }
}
