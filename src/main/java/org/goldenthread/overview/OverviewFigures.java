package org.goldenthread.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.overview.AuthorityDashboard.AnnualReviewFigures;
import org.goldenthread.overview.AuthorityDashboard.AssessmentFigures;
import org.goldenthread.overview.AuthorityDashboard.AssessmentMonth;
import org.goldenthread.overview.AuthorityDashboard.DisagreementFigures;
import org.goldenthread.overview.AuthorityDashboard.DisagreementsAtStage;
import org.goldenthread.overview.AuthorityDashboard.MissedByKind;
import org.goldenthread.overview.AuthorityDashboard.MissedByOwner;
import org.goldenthread.overview.AuthorityDashboard.MissedDeadlineFigures;
import org.goldenthread.overview.AuthorityDashboard.OverdueBand;
import org.goldenthread.overview.AuthorityDashboard.SenByNeed;
import org.goldenthread.overview.AuthorityDashboard.SenBySchool;
import org.goldenthread.overview.AuthorityDashboard.SenChildrenFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The authority's figures, each one GROUP BY query in PostgreSQL over the children of the
 * authority's schools: no child's row comes into Java, only the counts of each group. The tables
 * read are those of other modules (statutory, disagreement, child, organisation): this module only
 * counts them, and writes nothing.
 */
@Component
class OverviewFigures {

  /** Days overdue that end each band, and the bands' names. */
  static final List<String> BANDS =
      List.of("UP_TO_1_MONTH", "1_TO_3_MONTHS", "3_TO_6_MONTHS", "OVER_6_MONTHS");

  /**
   * The authority of the child of a record counted (a plan issued, a notice, a disagreement),
   * looked up by key for each one: those records are few beside the authority's children, so this
   * reads a few rows where a join would scan every child ({@code offset 0} keeps PostgreSQL from
   * making it that join).
   */
  private static final String AREA_OF_CHILD =
      """
      select s.local_authority_id from child c join school s on s.id = c.school_id
      where c.id = %s offset 0""";

  private final JdbcClient jdbc;

  OverviewFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Final plans issued in the year, by month of issue, and how many within 20 weeks (140 days) of
   * the request; every month from January to {@code today}'s is listed, with 0 when none.
   */
  AssessmentFigures assessments(UUID authority, LocalDate today) {
    int year = today.getYear();
    Map<Integer, long[]> byMonth = new HashMap<>();
    jdbc.sql(
            """
            select extract(month from e.happened_on)::int as month,
                   count(*) as finished,
                   count(*) filter (where e.happened_on <= a.requested_on + 140) as within
            from ehc_assessment_event e
            join ehc_assessment a on a.id = e.assessment_id
            join lateral (%s) area on area.local_authority_id = :authority
            where e.kind = 'FINAL_ISSUED'
              and e.happened_on >= :from and e.happened_on <= :today
            group by 1
            """
                .formatted(AREA_OF_CHILD.formatted("a.child_id")))
        .param("from", LocalDate.of(year, 1, 1))
        .param("today", today)
        .param("authority", authority)
        .query(
            (row, n) ->
                byMonth.put(
                    row.getInt("month"),
                    new long[] {row.getLong("finished"), row.getLong("within")}))
        .list();
    List<AssessmentMonth> months = new ArrayList<>();
    long finished = 0;
    long within = 0;
    for (int month = 1; month <= today.getMonthValue(); month++) {
      long[] counts = byMonth.getOrDefault(month, new long[2]);
      months.add(
          new AssessmentMonth(
              YearMonth.of(year, month).toString(),
              counts[0],
              counts[1],
              AuthorityDashboard.percent(counts[1], counts[0])));
      finished += counts[0];
      within += counts[1];
    }
    return new AssessmentFigures(
        finished, within, AuthorityDashboard.percent(within, finished), months);
  }

  /**
   * Children with a plan whose next annual review is overdue: 12 months (6 under the age of 5) from
   * the later of the final plan and the last review held, with no review held since.
   */
  AnnualReviewFigures annualReviews(UUID authority, LocalDate today) {
    return jdbc.sql(
            """
            with plans as materialized (
              select c.id, c.date_of_birth as born
              from child c
              join school s on s.id = c.school_id
              where s.local_authority_id = :authority and c.sen_status = 'E'
            ), reviewed as (
              select r.child_id, max(r.meeting_on) as on_day
              from annual_review r
              where r.meeting_on <= :today and r.child_id in (select id from plans)
              group by 1
            ), issued as (
              select a.child_id, max(e.happened_on) as on_day
              from ehc_assessment a
              join ehc_assessment_event e on e.assessment_id = a.id
              where e.kind = 'FINAL_ISSUED' and e.happened_on <= :today
                and a.child_id in (select id from plans)
              group by 1
            ), plan as (
              select p.born, greatest(r.on_day, i.on_day) as since
              from plans p
              left join reviewed r on r.child_id = p.id
              left join issued i on i.child_id = p.id
            ), due as (
              select since,
                     (since + case when since < born + interval '5 years'
                                   then interval '6 months' else interval '12 months' end)::date
                       as due
              from plan
            )
            select count(*) as plans,
                   count(*) filter (where since is null) as without_date,
                   count(*) filter (where due < :today) as overdue,
                   count(*) filter (where due < :today and :today - due <= 30) as band1,
                   count(*) filter (where :today - due between 31 and 90) as band2,
                   count(*) filter (where :today - due between 91 and 180) as band3,
                   count(*) filter (where :today - due > 180) as band4
            from due
            """)
        .param("today", today)
        .param("authority", authority)
        .query(
            (row, n) ->
                new AnnualReviewFigures(
                    row.getLong("plans"),
                    row.getLong("without_date"),
                    row.getLong("overdue"),
                    List.of(
                        new OverdueBand(BANDS.get(0), row.getLong("band1")),
                        new OverdueBand(BANDS.get(1), row.getLong("band2")),
                        new OverdueBand(BANDS.get(2), row.getLong("band3")),
                        new OverdueBand(BANDS.get(3), row.getLong("band4")))))
        .single();
  }

  /**
   * Deadlines missed this year: the "missed" notices the statutory module wrote down when it saw
   * each deadline pass (one per deadline, whatever its source), counted by the kind in the notice's
   * key; the owner is the kind's usual owner (the key keeps the named person, not the owner).
   */
  MissedDeadlineFigures missedDeadlines(UUID authority, LocalDate today) {
    Map<DeadlineKind, Long> byKind = new EnumMap<>(DeadlineKind.class);
    jdbc.sql(
            """
            select split_part(n.deadline_key, '|', 2) as kind, count(*) as missed
            from statutory_deadline_notice n
            join lateral (%s) area on area.local_authority_id = :authority
            where n.notice = 'MISSED'
              and n.sent_at >= :from and n.sent_at < :until
            group by 1
            """
                .formatted(AREA_OF_CHILD.formatted("n.child_id")))
        .param("from", LocalDate.of(today.getYear(), 1, 1))
        .param("until", LocalDate.of(today.getYear() + 1, 1, 1))
        .param("authority", authority)
        .query(
            (row, n) -> {
              long count = row.getLong("missed");
              kind(row.getString("kind")).ifPresent(kind -> byKind.merge(kind, count, Long::sum));
              return null;
            })
        .list();
    Map<DeadlineOwner, Long> byOwner = new EnumMap<>(DeadlineOwner.class);
    List<MissedByKind> kinds = new ArrayList<>();
    long missed = 0;
    for (Map.Entry<DeadlineKind, Long> entry : byKind.entrySet()) {
      DeadlineOwner owner = entry.getKey().usualOwner();
      kinds.add(new MissedByKind(entry.getKey(), owner, entry.getValue()));
      byOwner.merge(owner, entry.getValue(), Long::sum);
      missed += entry.getValue();
    }
    List<MissedByOwner> owners = new ArrayList<>();
    byOwner.forEach((owner, count) -> owners.add(new MissedByOwner(owner, count)));
    return new MissedDeadlineFigures(missed, kinds, owners);
  }

  private static Optional<DeadlineKind> kind(String name) {
    for (DeadlineKind kind : DeadlineKind.values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Stage order on the page: as a disagreement goes on; none recorded first. */
  static final List<String> STAGES =
      List.of(
          "NONE",
          "TALK_TO_SCHOOL",
          "SCHOOL_COMPLAINT",
          "DISAGREEMENT_RESOLUTION",
          "MEDIATION_ADVICE",
          "MEDIATION",
          "TRIBUNAL");

  /**
   * Disagreements by their latest stage: open ones (no stage settles them), and those settled this
   * year (by the day the settling stage started).
   */
  DisagreementFigures disagreements(UUID authority, LocalDate today) {
    Map<String, long[]> byStage = new HashMap<>();
    jdbc.sql(
            """
            select coalesce(st.stage, 'NONE') as stage,
                   count(*) filter (where not coalesce(st.settled, false)) as open,
                   count(*) filter (where st.settled and st.settled_on >= :from) as settled
            from disagreement d
            join lateral (%s) area on area.local_authority_id = :authority
            left join lateral (
              select (array_agg(x.stage order by x.started_on desc, x.recorded_at desc))[1] as stage,
                     bool_or(x.settles) as settled,
                     max(x.started_on) filter (where x.settles) as settled_on
              from disagreement_stage x
              where x.disagreement_id = d.id
            ) st on true
            group by 1
            """
                .formatted(AREA_OF_CHILD.formatted("d.child_id")))
        .param("from", LocalDate.of(today.getYear(), 1, 1))
        .param("authority", authority)
        .query(
            (row, n) ->
                byStage.put(
                    row.getString("stage"),
                    new long[] {row.getLong("open"), row.getLong("settled")}))
        .list();
    List<DisagreementsAtStage> stages = new ArrayList<>();
    long open = 0;
    long settled = 0;
    for (String stage : STAGES) {
      long[] counts = byStage.getOrDefault(stage, new long[2]);
      if (stage.equals("NONE") && counts[0] + counts[1] == 0) {
        continue;
      }
      stages.add(new DisagreementsAtStage(stage, counts[0], counts[1]));
      open += counts[0];
      settled += counts[1];
    }
    return new DisagreementFigures(open, settled, stages);
  }

  /**
   * Children on SEN support and with plans, by school (every school of the authority with any, by
   * name) and by primary need (census order; none recorded last): one query, two grouping sets.
   */
  SenChildrenFigures senChildren(UUID authority) {
    List<SenBySchool> schools = new ArrayList<>();
    Map<String, long[]> needs = new HashMap<>();
    jdbc.sql(
            """
            select grouping(s.id) as by_need, s.id as school_id, s.name as school_name,
                   c.primary_need as need,
                   count(*) filter (where c.sen_status = 'K') as support,
                   count(*) filter (where c.sen_status = 'E') as plans
            from child c
            join school s on s.id = c.school_id
            where s.local_authority_id = :authority and c.sen_status in ('K', 'E')
            group by grouping sets ((s.id, s.name), (c.primary_need))
            order by 1, 3
            """)
        .param("authority", authority)
        .query(
            (row, n) -> {
              if (row.getInt("by_need") == 0) {
                schools.add(
                    new SenBySchool(
                        row.getObject("school_id", UUID.class),
                        row.getString("school_name"),
                        row.getLong("support"),
                        row.getLong("plans")));
              } else {
                needs.put(
                    String.valueOf(row.getString("need")),
                    new long[] {row.getLong("support"), row.getLong("plans")});
              }
              return null;
            })
        .list();
    List<SenByNeed> byNeed = new ArrayList<>();
    for (String need : NEEDS) {
      long[] counts = needs.remove(need);
      if (counts != null) {
        byNeed.add(new SenByNeed(need, counts[0], counts[1]));
      }
    }
    long[] none = needs.remove("null");
    needs.forEach((need, counts) -> byNeed.add(new SenByNeed(need, counts[0], counts[1])));
    if (none != null) {
      byNeed.add(new SenByNeed(null, none[0], none[1]));
    }
    long support = schools.stream().mapToLong(SenBySchool::senSupport).sum();
    long plans = schools.stream().mapToLong(SenBySchool::ehcPlan).sum();
    return new SenChildrenFigures(support, plans, schools, byNeed);
  }

  /** The census's primary needs, in its order. */
  static final List<String> NEEDS =
      List.of(
          "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH",
          "NSA");
}
