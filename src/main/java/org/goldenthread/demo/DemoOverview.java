package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A third Northshire school, Meadow Park School, so that the authority's overview
 * (officer@northshire.example) has figures worth reading: 36 pupils, 6 with EHC plans and 14 on SEN
 * support, with the census's needs. Four of the plans were issued this year (two within 20 weeks of
 * the request, two later, whose final-plan deadline was seen missed); two were issued over a year
 * ago and have had no annual review since (overdue). The school missed two answers it owed (a
 * request and a concern), and two families disagree: one at disagreement resolution, one settled
 * through the school's complaint procedure. Written set by set, dated from today (within this
 * year). Loaded once: nothing is added when Meadow Park is there.
 */
@Component
@Order(12)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoOverview implements DemoStep {

  static final String URN = "900003";

  private final DemoSql sql;
  private final Clock clock;

  DemoOverview(DemoSql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (sql.number("select count(*) from school where urn = '" + URN + "'") > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate newYear = LocalDate.of(today.getYear(), 1, 1);
    sql.update(
        """
        insert into school (id, urn, name, phase, local_authority_id)
        select md5('demo-overview-school')::uuid, ?, 'Meadow Park School', 'PRIMARY', id
        from local_authority where code = '990'
        """,
        URN);
    sql.update(
        """
        insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                           sen_status, primary_need, home_languages, interpreter_needed,
                           created_at, updated_at)
        select md5('demo-overview-child:' || n)::uuid,
               (array['Aisha','Callum','Dev','Ellie','Finn','Grace','Harvey','Ivy','Jonah',
                      'Keira','Luca','Maya'])[1 + n % 12],
               (array['Brown','Chowdhury','Doyle','Edwards','Fraser','Gill'])[1 + n % 6],
               date '2015-09-01' + n * 23, md5('demo-overview-school')::uuid,
               (2 + n % 5)::text,
               case when n % 6 = 0 then 'E' when n % 2 = 1 and n % 5 <> 0 then 'K' else 'N' end,
               case when n % 6 = 0 or (n % 2 = 1 and n % 5 <> 0)
                    then (array['SLCN','ASD','SEMH','SPLD','MLD','PD'])[1 + (n * 7 / 4) % 6]
               end,
               'ENG', false, now(), now()
        from generate_series(1, 36) n
        """);
    // The plans: k = 1..4 issued this year (every 40 days back, not before 1 January), requested
    // 120 days (within 20 weeks) or 160 days (later) before; k = 5, 6 issued 430 and 490 days ago.
    sql.update(
        """
        insert into ehc_assessment (id, child_id, requested_on, requested_by, status,
                                    recorded_by_id, recorded_by_name, recorded_at, changed_at)
        select md5('demo-overview-assessment:' || k)::uuid,
               md5('demo-overview-child:' || 6 * k)::uuid,
               case when k <= 4
                    then greatest(?::date, ?::date - 40 * (k - 1)) - (case when k % 2 = 0
                                                                          then 160 else 120 end)
                    else ?::date - 430 - 60 * (k - 5) - 130 end,
               'PARENT', 'FINAL_ISSUED', u.id, u.display_name, now(), now()
        from generate_series(1, 6) k
        cross join (select id, display_name from app_user
                    where email = 'officer@northshire.example') u
        """,
        newYear, today, today);
    sql.update(
        """
        insert into ehc_assessment_event (id, assessment_id, position, kind, happened_on, assess,
                                          recorded_by_id, recorded_by_name, recorded_at)
        select gen_random_uuid(), a.id, e.position, e.kind,
               case e.kind when 'DECISION_TO_ASSESS' then a.requested_on + 35
                           when 'DRAFT_ISSUED' then a.requested_on + 90
                           else a.requested_on
                                + case when k.k <= 4 and k.k % 2 = 0 then 160
                                       when k.k <= 4 then 120 else 130 end end,
               case when e.kind = 'DECISION_TO_ASSESS' then true end,
               a.recorded_by_id, a.recorded_by_name, now()
        from generate_series(1, 6) k(k)
        join ehc_assessment a on a.id = md5('demo-overview-assessment:' || k.k)::uuid
        cross join (values (0, 'DECISION_TO_ASSESS'), (1, 'DRAFT_ISSUED'), (2, 'FINAL_ISSUED'))
                   e(position, kind)
        """);
    // The final plans issued late were seen missed the day after 20 weeks; the school's answers.
    sql.update(
        """
        insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
        select a.id || '|FINAL_PLAN|' || (a.requested_on + 140) || '|null', 'MISSED', a.child_id,
               (a.requested_on + 141)::timestamptz
        from ehc_assessment a
        where a.id in (md5('demo-overview-assessment:2')::uuid,
                       md5('demo-overview-assessment:4')::uuid)
          and a.requested_on + 141 >= ?
        """,
        newYear);
    sql.update(
        """
        insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
        select 'demo-overview ' || n || '|' || kind || '|' || due || '|null', 'MISSED',
               md5('demo-overview-child:' || n)::uuid, (due + 1)::timestamptz
        from (values (1, 'REQUEST_ANSWER', greatest(?::date, ?::date - 30)),
                     (3, 'CONCERN_ANSWER', greatest(?::date, ?::date - 12))) m(n, kind, due)
        where due < ?
        """,
        newYear,
        today,
        newYear,
        today,
        today);
    sql.update(
        """
        insert into disagreement (id, child_id, about, summary, recorded_by_name, recorded_at,
                                  changed_at)
        values (md5('demo-overview-disagreement:1')::uuid, md5('demo-overview-child:6')::uuid,
                'PLAN_CONTENTS', 'The plan does not say how many hours of speech therapy.',
                'Parent', now(), now()),
               (md5('demo-overview-disagreement:2')::uuid, md5('demo-overview-child:7')::uuid,
                'SCHOOL_SUPPORT', 'The reading support in class has stopped.',
                'Parent', now(), now())
        """);
    sql.update(
        """
        insert into disagreement_stage (id, disagreement_id, stage, started_on, settles,
                                        recorded_by_name, recorded_at)
        values (gen_random_uuid(), md5('demo-overview-disagreement:1')::uuid,
                'DISAGREEMENT_RESOLUTION', greatest(?::date, ?::date - 20), false, 'Parent', now()),
               (gen_random_uuid(), md5('demo-overview-disagreement:2')::uuid,
                'TALK_TO_SCHOOL', greatest(?::date, ?::date - 30), false, 'Parent', now()),
               (gen_random_uuid(), md5('demo-overview-disagreement:2')::uuid,
                'SCHOOL_COMPLAINT', greatest(?::date, ?::date - 10), true, 'Parent', now())
        """,
        newYear,
        today,
        newYear,
        today,
        newYear,
        today);
  }
}
