package org.goldenthread.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers counted by school and term in PostgreSQL ({@code GROUP BY}): no answer is ever read
 * into Java, and a group of fewer than {@link #SMALLEST_GROUP} families leaves the database with no
 * figures at all. Comments leave it only from groups of that size or more, without who, which
 * meeting or when (finer than the term), in the order of their words.
 */
@Component
class FeedbackFigures {

  /** The fewest families a group may have for its figures or comments to be shown. */
  static final int SMALLEST_GROUP = 5;

  private static final String FAMILIES = "count(distinct f.child_id)";

  private static final String GROUPS =
      """
      select f.school_id, s.name as school_name, f.term_start,
             %1$s >= %2$d as shown,
             case when %1$s >= %2$d then %1$s end as families,
             case when %1$s >= %2$d then count(*) end as answers,
             %3$s,
             count(*) over () as total
        from family_feedback f
        join school s on s.id = f.school_id
       where %4$s
         and f.term_start >= :from and f.term_start < :until
       group by f.school_id, s.name, f.term_start
       order by f.term_start desc, s.name, f.school_id
       limit :limit offset :offset
      """;

  private final JdbcClient jdbc;

  FeedbackFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The groups of the authority's schools whose terms start in [{@code from}, {@code until}), most
   * recent term first, then by school; one page of them.
   */
  PageOf<FeedbackGroup> ofAuthority(
      UUID authorityId, LocalDate from, LocalDate until, int page, int size) {
    return groups("s.local_authority_id = :place", authorityId, from, until, page, size);
  }

  /** The same for one school. */
  PageOf<FeedbackGroup> ofSchool(
      UUID schoolId, LocalDate from, LocalDate until, int page, int size) {
    return groups("f.school_id = :place", schoolId, from, until, page, size);
  }

  /**
   * The comments of the school's groups of {@link #SMALLEST_GROUP} families or more whose terms
   * start in [{@code from}, {@code until}): each with its term only, ordered by term and then by
   * their words, so that their order tells nothing of who wrote them or when.
   */
  List<TermComment> comments(UUID schoolId, LocalDate from, LocalDate until) {
    return jdbc.sql(
            """
            select f.term_start, f.comment
              from family_feedback f
             where f.school_id = :school and f.comment is not null
               and f.term_start >= :from and f.term_start < :until
               and f.term_start in (select g.term_start from family_feedback g
                                     where g.school_id = :school
                                       and g.term_start >= :from and g.term_start < :until
                                     group by g.term_start
                                    having count(distinct g.child_id) >= :smallest)
             order by f.term_start desc, f.comment
             limit 500
            """)
        .param("school", schoolId)
        .param("from", from)
        .param("until", until)
        .param("smallest", SMALLEST_GROUP)
        .query(
            (row, n) ->
                new TermComment(
                    new FeedbackTerm(row.getObject("term_start", LocalDate.class)),
                    row.getString("comment")))
        .list();
  }

  /** A comment with the term it was given about. */
  record TermComment(FeedbackTerm term, String comment) {}

  private PageOf<FeedbackGroup> groups(
      String where, UUID place, LocalDate from, LocalDate until, int page, int size) {
    int safeSize = Math.max(1, Math.min(size, PageOf.MAX_SIZE));
    int safePage = Math.max(0, page);
    long[] total = {0};
    List<FeedbackGroup> groups =
        jdbc.sql(String.format(GROUPS, FAMILIES, SMALLEST_GROUP, counts(), where))
            .param("place", place)
            .param("from", from)
            .param("until", until)
            .param("limit", safeSize)
            .param("offset", (long) safePage * safeSize)
            .query(
                (row, n) -> {
                  total[0] = row.getLong("total");
                  return group(row);
                })
            .list();
    return new PageOf<>(groups, safePage, safeSize, total[0]);
  }

  /** Each answer counted, only for a group large enough to show. */
  private static String counts() {
    StringBuilder columns = new StringBuilder();
    for (String question : List.of("felt_heard", "knows_next")) {
      for (FeedbackAnswer answer : FeedbackAnswer.values()) {
        if (columns.length() > 0) {
          columns.append(",\n");
        }
        columns.append(
            String.format(
                "case when %s >= %d then count(*) filter (where f.%s = '%s') end as %s_%s",
                FAMILIES,
                SMALLEST_GROUP,
                question,
                answer.name(),
                question,
                answer.name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return columns.toString();
  }

  private static FeedbackGroup group(ResultSet row) throws SQLException {
    UUID school = row.getObject("school_id", UUID.class);
    String name = row.getString("school_name");
    FeedbackTerm term = new FeedbackTerm(row.getObject("term_start", LocalDate.class));
    if (!row.getBoolean("shown")) {
      return new FeedbackGroup(school, name, term, true, null, null, null, null);
    }
    return new FeedbackGroup(
        school,
        name,
        term,
        false,
        row.getInt("families"),
        row.getInt("answers"),
        counts(row, "felt_heard"),
        counts(row, "knows_next"));
  }

  private static FeedbackGroup.Counts counts(ResultSet row, String question) throws SQLException {
    return new FeedbackGroup.Counts(
        row.getInt(question + "_yes"),
        row.getInt(question + "_partly"),
        row.getInt(question + "_no"));
  }
}
