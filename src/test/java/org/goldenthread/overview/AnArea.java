package org.goldenthread.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An authority of its own with two schools, its officer, and records whose figures are known,
 * written straight to the database (the overview only counts them):
 *
 * <ul>
 *   <li>two final plans issued today: one requested 100 days ago (within 20 weeks), one 200 days
 *       ago (later);
 *   <li>three children with plans besides: one whose plan was issued 400 days ago with no review
 *       since (overdue by about a month: 1 to 3 months), one reviewed 100 days ago (not overdue),
 *       one with no date (counted apart); so 5 plans in all, 1 overdue, 1 without a date;
 *   <li>three deadlines noticed as missed today: two final plans and one advice;
 *   <li>two disagreements: one open, now at mediation; one settled today while talking to the
 *       school;
 *   <li>on SEN support: 2 children at the first school (SEMH) and 1 at the second (no need
 *       recorded).
 * </ul>
 */
record AnArea(UUID authority, UUID first, UUID second, String officerEmail, CurrentUser officer) {

  static AnArea open(ApplicationContext context) {
    JdbcClient sql = context.getBean(JdbcClient.class);
    LocalDate today = LocalDate.now(context.getBean(Clock.class));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID authority = UUID.randomUUID();
    sql.sql("insert into local_authority (id, name, code) values (?, ?, ?)")
        .params(authority, "Overviewshire " + tag, "O" + tag)
        .update();
    UUID first = school(sql, authority, tag + "a", "Alder School " + tag);
    UUID second = school(sql, authority, tag + "b", "Birch School " + tag);
    String email = "officer." + tag + "@overview.example";
    CurrentUser officer =
        context
            .getBean(Accounts.class)
            .createOrGrant(
                email, "Olu Officer", ApiClient.DEMO_PASSWORD, Role.AUTHORITY_OFFICER, authority);

    UUID within = child(sql, first, "E", "SEMH");
    finalPlan(sql, officer, within, today.minusDays(100), today);
    UUID later = child(sql, second, "E", "ASD");
    finalPlan(sql, officer, later, today.minusDays(200), today);
    UUID overdue = child(sql, first, "E", "ASD");
    finalPlan(sql, officer, overdue, today.minusDays(540), today.minusDays(400));
    UUID reviewed = child(sql, first, "E", "SLCN");
    finalPlan(sql, officer, reviewed, today.minusDays(700), today.minusDays(500));
    sql.sql(
            """
            insert into annual_review (id, child_id, meeting_on, recorded_by_id, recorded_by_name,
                                       recorded_at, changed_at)
            values (gen_random_uuid(), ?, ?, ?, 'Olu Officer', now(), now())
            """)
        .params(reviewed, today.minusDays(100), officer.id())
        .update();
    child(sql, second, "E", null);

    missed(sql, within, "FINAL_PLAN");
    missed(sql, later, "FINAL_PLAN");
    missed(sql, later, "ADVICE");

    UUID open = disagreement(sql, within);
    stage(sql, open, "TALK_TO_SCHOOL", today.minusDays(60), false);
    stage(sql, open, "MEDIATION", today.minusDays(10), false);
    UUID settled = disagreement(sql, later);
    stage(sql, settled, "TALK_TO_SCHOOL", today, true);

    child(sql, first, "K", "SEMH");
    child(sql, first, "K", "SEMH");
    child(sql, second, "K", null);
    child(sql, second, "N", null);
    return new AnArea(authority, first, second, email, officer);
  }

  private static UUID school(JdbcClient sql, UUID authority, String urn, String name) {
    UUID school = UUID.randomUUID();
    sql.sql("insert into school (id, urn, name, phase, local_authority_id) values (?, ?, ?, ?, ?)")
        .params(school, "O" + urn, name, "PRIMARY", authority)
        .update();
    return school;
  }

  private static UUID child(JdbcClient sql, UUID school, String status, String need) {
    UUID id = UUID.randomUUID();
    sql.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, primary_need, created_at, updated_at)
            values (?, 'Ola', 'Area', date '2015-03-01', ?, '5', ?, ?, now(), now())
            """)
        .params(id, school, status, need)
        .update();
    return id;
  }

  private static void finalPlan(
      JdbcClient sql, CurrentUser by, UUID child, LocalDate requested, LocalDate issued) {
    UUID assessment = UUID.randomUUID();
    sql.sql(
            """
            insert into ehc_assessment (id, child_id, requested_on, requested_by, status,
                                        recorded_by_id, recorded_by_name, recorded_at, changed_at)
            values (?, ?, ?, 'PARENT', 'FINAL_ISSUED', ?, 'Olu Officer', now(), now())
            """)
        .params(assessment, child, requested, by.id())
        .update();
    sql.sql(
            """
            insert into ehc_assessment_event (id, assessment_id, position, kind, happened_on,
                                              recorded_by_id, recorded_by_name, recorded_at)
            values (gen_random_uuid(), ?, 0, 'FINAL_ISSUED', ?, ?, 'Olu Officer', now())
            """)
        .params(assessment, issued, by.id())
        .update();
  }

  private static void missed(JdbcClient sql, UUID child, String kind) {
    sql.sql(
            """
            insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
            values (?, 'MISSED', ?, ?)
            """)
        .params(
            UUID.randomUUID() + "|" + kind + "|2026-01-01|null",
            child,
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  private static UUID disagreement(JdbcClient sql, UUID child) {
    UUID id = UUID.randomUUID();
    sql.sql(
            """
            insert into disagreement (id, child_id, about, summary, recorded_by_name, recorded_at,
                                      changed_at)
            values (?, ?, 'SCHOOL_SUPPORT', 'Support in class', 'Ffion Rees', now(), now())
            """)
        .params(id, child)
        .update();
    return id;
  }

  private static void stage(
      JdbcClient sql, UUID disagreement, String stage, LocalDate on, boolean settles) {
    sql.sql(
            """
            insert into disagreement_stage (id, disagreement_id, stage, started_on, settles,
                                            recorded_by_name, recorded_at)
            values (gen_random_uuid(), ?, ?, ?, ?, 'Ffion Rees', now())
            """)
        .params(disagreement, stage, on, settles)
        .update();
  }
}
