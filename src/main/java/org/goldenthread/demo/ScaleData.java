package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.directory.GeneratedServices;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ItemInput;
import org.goldenthread.plan.Plans;
import org.goldenthread.plan.UsedAt;
import org.goldenthread.plan.Voice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Data at the scale of a real authority, for {@code bench/} and for tests that count what a page
 * costs: 599 more schools of 100 pupils in the demo authority, and one school of 2,000 pupils
 * (Bench Academy, its SENCO {@value #SENCO}) with a family for every pupil and the SENCO on the
 * team of each pupil on SEN support; one of them has a plan of 4 aspirations, 8 needs, 12 outcomes
 * and 20 provisions, and a parent account ({@value #PARENT}). Pupils are written in bulk; the plan
 * goes through the plan's own service. The directory gets {@value #DIRECTORY_SERVICES} more
 * services ({@code directory.GeneratedServices}). Loaded once, after the demo, with {@code
 * goldenthread.bench-data}.
 *
 * <p>For the authority's overview (its officer {@value #OFFICER}): every child with a plan has the
 * assessment that led to it (final plans over the last three years, about 6 in 10 within 20 weeks),
 * and annual reviews since (some missed); about 1 in 40 children on SEN support is being assessed;
 * the deadlines seen missed, the disagreements of about 1 in 8 families of a child with a plan and
 * 1 in 60 on SEN support, each at a stage; all written set by set (INSERT ... SELECT).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("goldenthread.bench-data")
class ScaleData implements DemoStep {

  static final String SENCO = "senco@bench.example";
  static final String PARENT = "parent@bench.example";
  static final String OFFICER = "officer@bench.example";
  static final String BIG_SCHOOL_URN = "990000";
  static final int SCHOOLS = 599;
  static final int PUPILS_PER_SCHOOL = 100;
  static final int BIG_SCHOOL_PUPILS = 2_000;
  static final int DIRECTORY_SERVICES = 5_000;

  private static final Logger log = LoggerFactory.getLogger(ScaleData.class);

  private final JdbcClient sql;
  private final DemoSql demoSql;
  private final Accounts accounts;
  private final ChildAccess access;
  private final Plans plans;
  private final GeneratedServices services;
  private final Clock clock;

  ScaleData(
      JdbcClient sql,
      DemoSql demoSql,
      Accounts accounts,
      ChildAccess access,
      Plans plans,
      GeneratedServices services,
      Clock clock) {
    this.sql = sql;
    this.demoSql = demoSql;
    this.accounts = accounts;
    this.access = access;
    this.plans = plans;
    this.services = services;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (sql.sql("select count(*) from school where urn = ?")
            .param(BIG_SCHOOL_URN)
            .query(Long.class)
            .single()
        > 0) {
      return;
    }
    UUID authority =
        sql.sql("select id from local_authority where code = '990'").query(UUID.class).single();
    demoSql.update(
        """
        insert into school (urn, name, phase, local_authority_id)
        select (990000 + n)::text,
               case when n = 0 then 'Bench Academy' else 'Bench School ' || n end,
               case when n % 3 = 0 then 'SECONDARY' else 'PRIMARY' end, ?
        from generate_series(0, ?) n
        """,
        authority, SCHOOLS);
    pupils("s.urn like '99%' and s.urn <> '" + BIG_SCHOOL_URN + "'", PUPILS_PER_SCHOOL);
    pupils("s.urn = '" + BIG_SCHOOL_URN + "'", BIG_SCHOOL_PUPILS);
    UUID bigSchool =
        sql.sql("select id from school where urn = ?")
            .param(BIG_SCHOOL_URN)
            .query(UUID.class)
            .single();
    CurrentUser senco =
        accounts.createOrGrant(SENCO, "Sam Patel", DemoData.PASSWORD, Role.SENCO, bigSchool);
    CurrentUser parent =
        accounts.createOrGrant(PARENT, "Jo Rivers", DemoData.PASSWORD, Role.PARENT, null);
    families(bigSchool, senco);
    UUID child =
        sql.sql(
                "select id from child where school_id = ? and sen_status = 'K'"
                    + " order by family_name, given_name limit 1")
            .param(bigSchool)
            .query(UUID.class)
            .single();
    demoSql.update(
        "update family_member set user_id = ?, name = ? where child_id = ?",
        parent.id(),
        parent.displayName(),
        child);
    plan(access.open(senco, child));
    services.add(DIRECTORY_SERVICES, "990");
    CurrentUser officer =
        accounts.createOrGrant(
            OFFICER, "Ade Bello", DemoData.PASSWORD, Role.AUTHORITY_OFFICER, authority);
    overviewRecords(authority, officer);
    log.info(
        "Bench data is in place: {} schools, {} pupils at Bench Academy ({}), {} more services",
        SCHOOLS + 1,
        BIG_SCHOOL_PUPILS,
        SENCO,
        DIRECTORY_SERVICES);
  }

  /** What the authority's overview counts, in realistic proportions, set by set. */
  private void overviewRecords(UUID authority, CurrentUser officer) {
    LocalDate today = LocalDate.now(clock);
    // The bench schools only (URN 99...): the demo's children of the same authority keep theirs.
    String ours =
        "join school s on s.id = c.school_id and s.local_authority_id = '"
            + authority
            + "' and s.urn like '99%'";
    // The assessment that led to each plan: requested up to 3 years ago, final 14 to 24 weeks on.
    demoSql.update(
        """
        insert into ehc_assessment (id, child_id, requested_on, requested_by, status,
                                    recorded_by_id, recorded_by_name, recorded_at, changed_at)
        select gen_random_uuid(), c.id,
               ?::date - 100 - abs(hashtext(c.id::text)) % 1000,
               (array['PARENT','SCHOOL','SCHOOL','OTHER'])[1 + abs(hashtext(c.id::text)) % 4],
               'FINAL_ISSUED', ?, ?, now(), now()
        from child c {ours}
        where c.sen_status = 'E'
        """
            .replace("{ours}", ours),
        today,
        officer.id(),
        officer.displayName());
    // About 1 in 40 on SEN support being assessed now.
    demoSql.update(
        """
        insert into ehc_assessment (id, child_id, requested_on, requested_by, status,
                                    recorded_by_id, recorded_by_name, recorded_at, changed_at)
        select gen_random_uuid(), c.id, ?::date - abs(hashtext(c.id::text)) % 90, 'PARENT',
               'ASSESSING', ?, ?, now(), now()
        from child c {ours}
        where c.sen_status = 'K' and abs(hashtext(c.id::text)) % 40 = 0
        """
            .replace("{ours}", ours),
        today,
        officer.id(),
        officer.displayName());
    demoSql.update(
        """
        insert into ehc_assessment_event (id, assessment_id, position, kind, happened_on, assess,
                                          recorded_by_id, recorded_by_name, recorded_at)
        select gen_random_uuid(), a.id, 0, 'DECISION_TO_ASSESS', a.requested_on + 40, true,
               a.recorded_by_id, a.recorded_by_name, now()
        from ehc_assessment a {ours_a}
        where a.requested_on + 40 <= ?
        """
            .replace("{ours_a}", "join child c on c.id = a.child_id " + ours),
        today);
    demoSql.update(
        """
        insert into ehc_assessment_event (id, assessment_id, position, kind, happened_on,
                                          recorded_by_id, recorded_by_name, recorded_at)
        select gen_random_uuid(), a.id, 1, 'FINAL_ISSUED',
               a.requested_on + 98 + abs(hashtext(a.id::text)) % 70,
               a.recorded_by_id, a.recorded_by_name, now()
        from ehc_assessment a {ours_a}
        where a.status = 'FINAL_ISSUED'
        """
            .replace("{ours_a}", "join child c on c.id = a.child_id " + ours));
    // Annual reviews: the first about a year after the plan (1 in 7 not held), the second a year
    // later (1 in 5 not held).
    for (int year = 1; year <= 2; year++) {
      demoSql.update(
          """
          insert into annual_review (id, child_id, meeting_on, recorded_by_id, recorded_by_name,
                                     recorded_at, changed_at)
          select gen_random_uuid(), a.child_id, e.happened_on + 365 * ? - 20, ?, ?, now(), now()
          from ehc_assessment a
          join ehc_assessment_event e on e.assessment_id = a.id and e.kind = 'FINAL_ISSUED'
          {ours_a}
          where e.happened_on + 365 * ? - 20 <= ? and abs(hashtext(a.id::text)) % ? <> 0
          """
              .replace("{ours_a}", "join child c on c.id = a.child_id " + ours),
          year,
          officer.id(),
          officer.displayName(),
          year,
          today,
          year == 1 ? 7 : 5);
    }
    // Deadlines seen missed: final plans issued late; about 1 in 12 on SEN support, one of the
    // school's deadlines; all in the year up to today.
    demoSql.update(
        """
        insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
        select a.id || '|FINAL_PLAN|' || (a.requested_on + 140) || '|null', 'MISSED', a.child_id,
               (a.requested_on + 141)::timestamptz
        from ehc_assessment a
        join ehc_assessment_event e on e.assessment_id = a.id and e.kind = 'FINAL_ISSUED'
        {ours_a}
        where e.happened_on > a.requested_on + 140
        """
            .replace("{ours_a}", "join child c on c.id = a.child_id " + ours));
    demoSql.update(
        """
        insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
        select c.id || '|' || k.kind || '|' || d.due || '|null', 'MISSED', c.id,
               (d.due + 1)::timestamptz
        from child c {ours}
        cross join lateral (select (array['REQUEST_ANSWER','CONCERN_ANSWER','ACTION',
                                         'MEETING_CADENCE','EVIDENCE_RESPONSE','ADVICE',
                                         'REVIEW_REPORT'])[1 + abs(hashtext(c.id::text)) % 7]
                                   as kind) k
        cross join lateral (select ?::date - 1 - abs(hashtext(c.id::text || 'due')) % 330
                                   as due) d
        where c.sen_status <> 'N' and abs(hashtext(c.id::text)) % 12 = 1
        """
            .replace("{ours}", ours),
        today);
    // Disagreements, each with one to three stages; about 1 in 4 settled at its last stage.
    demoSql.update(
        """
        insert into disagreement (id, child_id, about, summary, recorded_by_name, recorded_at,
                                  changed_at)
        select gen_random_uuid(), c.id,
               case when c.sen_status = 'E'
                    then (array['PLAN_CONTENTS','NAMED_SCHOOL_ONLY','CEASE'])
                         [1 + abs(hashtext(c.id::text)) % 3]
                    else (array['SCHOOL_SUPPORT','REFUSAL_TO_ASSESS'])
                         [1 + abs(hashtext(c.id::text)) % 2] end,
               'The family disagrees with the support offered.', 'Parent', now(), now()
        from child c {ours}
        where (c.sen_status = 'E' and abs(hashtext(c.id::text || 'd')) % 8 = 0)
           or (c.sen_status = 'K' and abs(hashtext(c.id::text || 'd')) % 60 = 0)
        """
            .replace("{ours}", ours));
    demoSql.update(
        """
        insert into disagreement_stage (id, disagreement_id, stage, started_on, settles,
                                        recorded_by_name, recorded_at)
        select gen_random_uuid(), d.id,
               (array['TALK_TO_SCHOOL','SCHOOL_COMPLAINT','DISAGREEMENT_RESOLUTION',
                      'MEDIATION','TRIBUNAL'])[n.n + abs(hashtext(d.id::text)) % 3],
               ?::date - 200 + 60 * n.n - abs(hashtext(d.id::text)) % 60,
               n.n = 1 + abs(hashtext(d.id::text)) % 3 and abs(hashtext(d.id::text || 's')) % 4 = 0,
               'Parent', now()
        from disagreement d {ours_d}
        cross join lateral generate_series(1, 1 + abs(hashtext(d.id::text)) % 3) n(n)
        """
            .replace("{ours_d}", "join child c on c.id = d.child_id " + ours),
        today);
  }

  private void pupils(String schools, int perSchool) {
    demoSql.update(
        """
        insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                           sen_status, primary_need, home_languages, interpreter_needed,
                           created_at, updated_at)
        select gen_random_uuid(),
               (array['Amira','Ben','Chen','Daisy','Elijah','Freya','Gabriel','Hana','Isaac',
                      'Jade','Kai','Lena','Mo','Nia','Oscar','Priya','Quinn','Rosa','Sami',
                      'Tilly'])[1 + n % 20],
               (array['Adams','Begum','Clarke','Dlamini','Evans','Fischer','Green','Hussain',
                      'Ito','Jones','Khan','Lewis','Murphy','Novak','Owusu','Patel','Quinn',
                      'Roberts','Smith','Taylor','Usman','Varga','Walsh','Young','Zielinska'])
                      [1 + (n / 20) % 25],
               date '2010-09-01' + (n * 7 % 4000),
               s.id,
               (7 + n % 5)::text,
               case when n % 25 = 0 then 'E' when n % 6 = 0 then 'K' else 'N' end,
               case when n % 25 = 0 or n % 6 = 0
                    then (array['SLCN','SEMH','ASD','SPLD','MLD'])[1 + n % 5] end,
               'ENG', false, now(), now()
        from school s cross join generate_series(1, ?) n
        where {schools}
        """
            .replace("{schools}", schools),
        perSchool);
  }

  /** A parent for every pupil of the school, and its SENCO on the team of each on SEN support. */
  private void families(UUID school, CurrentUser senco) {
    demoSql.update(
        """
        insert into family_member (id, child_id, name, email, relationship,
                                   parental_responsibility, household)
        select gen_random_uuid(), c.id, 'Parent of ' || c.given_name || ' ' || c.family_name,
               null, 'MOTHER', true, 'Home'
        from child c where c.school_id = ?
        """,
        school);
    demoSql.update(
        """
        insert into team_member (id, child_id, user_id, name, role, organisation, start_on, lead,
                                 consent)
        select gen_random_uuid(), c.id, ?, ?, 'SENCO', 'Bench Academy', date '2026-09-01', true,
               'NOT_NEEDED'
        from child c where c.school_id = ? and c.sen_status <> 'N'
        """,
        senco.id(),
        senco.displayName(),
        school);
  }

  /** 4 aspirations, 8 needs, 12 outcomes and 20 provisions, joined along the thread. */
  private void plan(AccessibleChild child) {
    LocalDate today = LocalDate.now(clock);
    List<UUID> aspirations = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      aspirations.add(
          plans
              .add(
                  child,
                  new ItemInput.Aspiration(
                      "Hope " + i + ": to take part fully in what my friends do, in my own way.",
                      i % 2 == 0 ? Voice.PARENT : Voice.CHILD,
                      null))
              .id());
    }
    List<UUID> needs = new ArrayList<>();
    AreaOfNeed[] areas = AreaOfNeed.values();
    for (int i = 1; i <= 8; i++) {
      needs.add(
          plans
              .add(
                  child,
                  new ItemInput.Need(
                      "Need " + i + ": finds it hard to follow long spoken instructions in class.",
                      areas[i % areas.length],
                      List.of(aspirations.get(i % 4)),
                      null))
              .id());
    }
    List<UUID> outcomes = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      outcomes.add(
          plans
              .add(
                  child,
                  new ItemInput.Outcome(
                      "Outcome " + i + ": follows a three-step instruction without a reminder.",
                      "Seen in four lessons out of five, over two weeks.",
                      today.plusMonths(3 + i % 6),
                      null,
                      i % 3 == 0,
                      List.of(needs.get(i % 8)),
                      null))
              .id());
    }
    DelivererRole[] roles = DelivererRole.values();
    for (int i = 1; i <= 20; i++) {
      plans.add(
          child,
          new ItemInput.Provision(
              "Provision " + i + ": small-group language session with visual prompts.",
              roles[i % roles.length],
              "Bench Academy staff",
              1 + i % 3,
              20 + 5 * (i % 4),
              1 + i % 4,
              today.minusWeeks(6),
              today.plusMonths(9),
              List.of(outcomes.get(i % 12))));
    }
    for (int i = 1; i <= 4; i++) {
      plans.add(
          child,
          new ItemInput.Strategy(
              "Strategy " + i + ": give one instruction at a time and check it was understood.",
              UsedAt.values()[i % UsedAt.values().length]));
    }
  }
}
