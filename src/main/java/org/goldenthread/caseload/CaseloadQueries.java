package org.goldenthread.caseload;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caseload as the database answers it: for every child of one school, the facts the figures
 * count (one row per child: each capability's open records of the school's children aggregated once
 * by child, then joined), then counted, filtered, sorted and paged where the rows are. Nothing is
 * read a child at a time and no child's rows come into Java beyond the page shown (or the rows
 * streamed into a CSV file).
 *
 * <p>The tables belong to the capabilities that record them (plan, review, meeting, action,
 * document, voice, request); this only reads them.
 */
@Component
class CaseloadQueries {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final int REVIEWS_SOON_DAYS = 30;
  static final int DEADLINES_SOON_DAYS = 14;
  static final int MEETINGS_A_YEAR = 3;

  /**
   * One row per child of the school: the next review (as the last review recorded it), meetings
   * held since 1 September, open actions past their due date, family evidence and views awaiting a
   * response, the breaks in the plan's thread (aspirations no need works towards, needs no outcome
   * addresses, outcomes with no provision or no target date, provision that serves no outcome), and
   * the answers the school owes: requests in writing made to the school and family evidence, the
   * next one due and how many are past due.
   */
  private static final String FACTS =
      """
      with pupils as (
        select c.id, c.given_name, c.preferred_name, c.family_name, c.upn, c.year_group,
          c.sen_status, c.primary_need, c.secondary_need
        from child c
        where c.school_id = :school
      ),
      reviews as (
        select distinct on (pr.child_id) pr.child_id, pr.next_review_on
        from plan_review pr join pupils p on p.id = pr.child_id
        order by pr.child_id, pr.held_on desc, pr.recorded_at desc
      ),
      meetings as (
        select m.child_id, count(*) as n
        from meeting m join pupils p on p.id = m.child_id
        where m.status in ('BOOKED', 'CLOSED') and m.starts_at >= :yearStart
          and m.starts_at <= :now
        group by m.child_id
      ),
      actions as (
        select a.child_id, count(*) as n
        from meeting_action a join pupils p on p.id = a.child_id
        where a.status = 'OPEN' and a.due_on < :today
        group by a.child_id
      ),
      evidence as (
        select d.child_id, count(*) as n,
          min(d.response_due) filter (where d.response_due >= :today) as next_due,
          count(*) filter (where d.response_due < :today) as missed
        from document d join pupils p on p.id = d.child_id
        where d.response_due is not null and d.responded_at is null
        group by d.child_id
      ),
      open_views as (
        select v.child_id, count(*) as n
        from voice_view v join pupils p on p.id = v.child_id
        where v.status = 'OPEN'
        group by v.child_id
      ),
      requests as (
        select w.child_id,
          min(w.due_on) filter (where w.due_on >= :today) as next_due,
          count(*) filter (where w.due_on < :today) as missed
        from written_request w join pupils p on p.id = w.child_id
        where w.answered_on is null and w.addressed_to = 'SCHOOL'
        group by w.child_id
      ),
      breaks as (
        select b.child_id, count(*) as n from (
          select pa.child_id from plan_aspiration pa join pupils p on p.id = pa.child_id
            where not exists (select 1 from plan_need_aspiration x where x.aspiration_id = pa.id)
          union all
          select pn.child_id from plan_need pn join pupils p on p.id = pn.child_id
            where not exists (select 1 from plan_outcome_need x where x.need_id = pn.id)
          union all
          select po.child_id from plan_outcome po join pupils p on p.id = po.child_id
            where not exists (select 1 from plan_provision_outcome x where x.outcome_id = po.id)
          union all
          select po.child_id from plan_outcome po join pupils p on p.id = po.child_id
            where po.target_date is null
          union all
          select pp.child_id from plan_provision pp join pupils p on p.id = pp.child_id
            where not exists (select 1 from plan_provision_outcome x where x.provision_id = pp.id)
        ) b
        group by b.child_id
      ),
      facts as (
        select p.id, p.given_name, p.preferred_name, p.family_name, p.upn, p.year_group,
          p.sen_status, p.primary_need, p.secondary_need,
          r.next_review_on as next_review,
          coalesce(m.n, 0) as meetings,
          coalesce(a.n, 0) as overdue_actions,
          coalesce(e.n, 0) as unread_evidence,
          coalesce(v.n, 0) as open_views,
          coalesce(b.n, 0) as thread_breaks,
          least(e.next_due, q.next_due) as next_deadline,
          coalesce(e.missed, 0) + coalesce(q.missed, 0) as missed_deadlines
        from pupils p
          left join reviews r on r.child_id = p.id
          left join meetings m on m.child_id = p.id
          left join actions a on a.child_id = p.id
          left join evidence e on e.child_id = p.id
          left join open_views v on v.child_id = p.id
          left join requests q on q.child_id = p.id
          left join breaks b on b.child_id = p.id
      )
      """;

  private final JdbcClient sql;

  CaseloadQueries(JdbcClient sql) {
    this.sql = sql;
  }

  /** Every figure, counted over the school's children in one statement, and the number of them. */
  Figures figures(UUID school, Instant now) {
    StringBuilder select = new StringBuilder(FACTS).append("select count(*) as children");
    for (Figure figure : Figure.values()) {
      select
          .append(", count(*) filter (where ")
          .append(figure.condition())
          .append(") as ")
          .append(figure.name().toLowerCase(java.util.Locale.ROOT));
    }
    select.append(" from facts");
    return params(sql.sql(select.toString()), school, now)
        .query(
            (rs, n) -> {
              Map<Figure, Long> counts = new EnumMap<>(Figure.class);
              for (Figure figure : Figure.values()) {
                counts.put(figure, rs.getLong(figure.name().toLowerCase(java.util.Locale.ROOT)));
              }
              return new Figures(rs.getLong("children"), counts);
            })
        .single();
  }

  /** The children matching the filter, counted. */
  long count(UUID school, CaseloadFilter filter, Instant now) {
    String where = where(filter);
    JdbcClient.StatementSpec statement =
        params(sql.sql(FACTS + "select count(*) from facts" + where), school, now);
    return filtered(statement, filter).query(Long.class).single();
  }

  /**
   * One page of the children matching the filter, in its order, with how many match in all (counted
   * in the same statement; counted apart only for a page past the end).
   */
  CaseloadPage page(UUID school, CaseloadFilter filter, Instant now, int page, int size) {
    String select =
        FACTS
            + "select *, count(*) over () as matching from facts"
            + where(filter)
            + " order by "
            + filter.sort().orderBy(filter.descending())
            + " limit :limit offset :offset";
    long[] matching = {0};
    List<CaseloadRow> rows =
        filtered(params(sql.sql(select), school, now), filter)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(
                (rs, n) -> {
                  matching[0] = rs.getLong("matching");
                  return row(rs, n);
                })
            .list();
    if (rows.isEmpty() && page > 0) {
      matching[0] = count(school, filter, now);
    }
    return new CaseloadPage(rows, matching[0]);
  }

  /** A page of the caseload and how many children match its filter. */
  record CaseloadPage(List<CaseloadRow> rows, long matching) {}

  /** Every child matching the filter, in its order, each passed on as it is read. */
  void each(UUID school, CaseloadFilter filter, Instant now, Consumer<CaseloadRow> each) {
    String select =
        FACTS
            + "select * from facts"
            + where(filter)
            + " order by "
            + filter.sort().orderBy(filter.descending());
    try (Stream<CaseloadRow> rows =
        filtered(params(sql.sql(select), school, now), filter)
            .withFetchSize(500)
            .query(CaseloadQueries::row)
            .stream()) {
      rows.forEach(each);
    }
  }

  private static String where(CaseloadFilter filter) {
    List<String> conditions = new ArrayList<>();
    if (filter.status() != null) {
      conditions.add("sen_status = :status");
    }
    if (filter.need() != null) {
      conditions.add("(primary_need = :need or secondary_need = :need)");
    }
    if (filter.year() != null) {
      conditions.add("year_group = :year");
    }
    if (filter.show() != null) {
      conditions.add("(" + filter.show().condition() + ")");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static JdbcClient.StatementSpec filtered(
      JdbcClient.StatementSpec statement, CaseloadFilter filter) {
    if (filter.status() != null) {
      statement = statement.param("status", filter.status().name());
    }
    if (filter.need() != null) {
      statement = statement.param("need", filter.need().name());
    }
    if (filter.year() != null) {
      statement = statement.param("year", filter.year());
    }
    return statement;
  }

  private static JdbcClient.StatementSpec params(
      JdbcClient.StatementSpec statement, UUID school, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ENGLAND);
    return statement
        .param("school", school)
        .param("now", java.sql.Timestamp.from(now))
        .param("today", Date.valueOf(today))
        .param(
            "yearStart",
            java.sql.Timestamp.from(schoolYearStart(today).atStartOfDay(ENGLAND).toInstant()))
        .param("reviewsSoon", Date.valueOf(today.plusDays(REVIEWS_SOON_DAYS)))
        .param("deadlinesSoon", Date.valueOf(today.plusDays(DEADLINES_SOON_DAYS)));
  }

  /** 1 September of the school year this day is in. */
  static LocalDate schoolYearStart(LocalDate today) {
    int year =
        today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  private static CaseloadRow row(ResultSet rs, int n) throws SQLException {
    String given = rs.getString("given_name");
    String preferred = rs.getString("preferred_name");
    String shown = preferred == null || preferred.isBlank() ? given : preferred;
    return new CaseloadRow(
        rs.getObject("id", UUID.class),
        shown + " " + rs.getString("family_name"),
        rs.getString("upn"),
        rs.getString("year_group"),
        rs.getString("sen_status"),
        rs.getString("primary_need"),
        date(rs, "next_review"),
        rs.getLong("meetings"),
        rs.getLong("overdue_actions"),
        rs.getLong("unread_evidence"),
        rs.getLong("open_views"),
        rs.getLong("thread_breaks"),
        date(rs, "next_deadline"),
        rs.getLong("missed_deadlines"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  /** The figures of one school, and how many children it has. */
  record Figures(long children, Map<Figure, Long> counts) {

    long of(Figure figure) {
      return counts.getOrDefault(figure, 0L);
    }
  }
}
