package org.goldenthread.overview;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.goldenthread.overview.AuthorityDashboard.AssessmentMonth;
import org.goldenthread.overview.AuthorityDashboard.DisagreementsAtStage;
import org.goldenthread.overview.AuthorityDashboard.MissedByKind;
import org.goldenthread.overview.AuthorityDashboard.MissedByOwner;
import org.goldenthread.overview.AuthorityDashboard.OverdueBand;
import org.goldenthread.overview.AuthorityDashboard.SenByNeed;
import org.goldenthread.overview.AuthorityDashboard.SenBySchool;
import org.goldenthread.web.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The overview's figures as the page shows them: for each section its words, its chart and the
 * table of the same figures, which is also its CSV. A long table (schools) shows its first rows on
 * the page and all of them in the CSV.
 */
@Component
class OverviewSections {

  /** The sections, in the order of the page; each one's CSV is {@code <id>.csv}. */
  static final List<String> IDS =
      List.of(
          "assessments",
          "annual-reviews",
          "deadlines-by-kind",
          "deadlines-by-owner",
          "disagreements",
          "schools",
          "needs");

  /** How many schools the page shows (those with the most children on SEN support or plans). */
  static final int SCHOOLS_ON_PAGE = 20;

  private final MessageSource messages;

  OverviewSections(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * One section: {@code rows} as shown (the first cell of each names the row), {@code more} the
   * rows only in the CSV.
   */
  record Section(
      String id,
      String heading,
      String intro,
      String chartTitle,
      String chartDesc,
      BarChart chart,
      List<String> columns,
      List<List<String>> rows,
      int more) {

    /**
     * The rows as the page's table shows them: each row's name, and each figure with its column.
     */
    public List<TableRow> table() {
      List<TableRow> table = new ArrayList<>(rows.size());
      for (List<String> row : rows) {
        List<Cell> cells = new ArrayList<>(row.size() - 1);
        for (int i = 1; i < row.size(); i++) {
          cells.add(new Cell(columns.get(i), row.get(i)));
        }
        table.add(new TableRow(row.get(0), cells));
      }
      return table;
    }

    /** The header and every row, for the CSV. */
    List<List<String>> lines(List<List<String>> allRows) {
      List<List<String>> lines = new ArrayList<>();
      lines.add(columns);
      lines.addAll(allRows);
      return lines;
    }
  }

  /** A row of a section's table: its name, and its figures. */
  record TableRow(String name, List<Cell> cells) {}

  /** A figure, with the column it is in (its label when the table stacks on a phone). */
  record Cell(String column, String value) {}

  /** A section with all its rows, and how many of them the page shows. */
  record Built(Section section, List<List<String>> allRows) {}

  List<Section> all(AuthorityDashboard dashboard, Locale locale) {
    return IDS.stream().map(id -> build(id, dashboard, locale).section()).toList();
  }

  /** The section of this id, with every row (for its CSV); null for an id that is none. */
  Built build(String id, AuthorityDashboard d, Locale locale) {
    Function<String, String> t = key -> messages.getMessage(key, null, locale);
    return switch (id) {
      case "assessments" -> assessments(d, locale, t);
      case "annual-reviews" -> annualReviews(d, t);
      case "deadlines-by-kind" -> byKind(d, t);
      case "deadlines-by-owner" -> byOwner(d, t);
      case "disagreements" -> disagreements(d, t);
      case "schools" -> schools(d, t);
      case "needs" -> needs(d, t);
      default -> null;
    };
  }

  private Built assessments(AuthorityDashboard d, Locale locale, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (AssessmentMonth month : d.assessments().months()) {
      String label = monthName(month.month(), locale);
      rows.add(
          List.of(
              label,
              n(month.finished()),
              n(month.within20Weeks()),
              month.finished() == 0 ? "" : month.percent() + "%"));
      bars.add(
          new BarChart.Figures(
              label, List.of(month.within20Weeks(), month.finished() - month.within20Weeks())));
    }
    return built(
        "assessments",
        t,
        text(
            "overview.assessments.intro",
            d.assessments().finished(),
            d.assessments().within20Weeks(),
            d.assessments().percent(),
            d.year()),
        BarChart.of(
            List.of(t.apply("overview.assessments.within"), t.apply("overview.assessments.later")),
            bars),
        List.of(
            t.apply("overview.column.month"),
            t.apply("overview.column.finished"),
            t.apply("overview.column.within"),
            t.apply("overview.column.percent")),
        rows,
        rows.size());
  }

  private Built annualReviews(AuthorityDashboard d, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (OverdueBand band : d.annualReviews().overdueBy()) {
      String label = t.apply("overview.band." + band.band());
      rows.add(List.of(label, n(band.children())));
      bars.add(new BarChart.Figures(label, List.of(band.children())));
    }
    return built(
        "annual-reviews",
        t,
        text(
            "overview.annual-reviews.intro",
            d.annualReviews().overdue(),
            d.annualReviews().plans(),
            d.annualReviews().withoutDate()),
        BarChart.of(List.of(t.apply("overview.column.children")), bars),
        List.of(t.apply("overview.column.overdueBy"), t.apply("overview.column.children")),
        rows,
        rows.size());
  }

  private Built byKind(AuthorityDashboard d, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    List<MissedByKind> kinds = new ArrayList<>(d.missedDeadlines().byKind());
    kinds.sort(Comparator.comparingLong(MissedByKind::missed).reversed());
    for (MissedByKind kind : kinds) {
      String label = t.apply("deadline.kind." + kind.kind().name());
      rows.add(List.of(label, t.apply("deadline.owner." + kind.owner().name()), n(kind.missed())));
      bars.add(new BarChart.Figures(label, List.of(kind.missed())));
    }
    return built(
        "deadlines-by-kind",
        t,
        text("overview.deadlines-by-kind.intro", d.missedDeadlines().missed(), d.year()),
        BarChart.of(List.of(t.apply("overview.column.missed")), bars),
        List.of(
            t.apply("overview.column.kind"),
            t.apply("overview.column.owner"),
            t.apply("overview.column.missed")),
        rows,
        rows.size());
  }

  private Built byOwner(AuthorityDashboard d, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (MissedByOwner owner : d.missedDeadlines().byOwner()) {
      String label = t.apply("deadline.owner." + owner.owner().name());
      rows.add(List.of(label, n(owner.missed())));
      bars.add(new BarChart.Figures(label, List.of(owner.missed())));
    }
    return built(
        "deadlines-by-owner",
        t,
        t.apply("overview.deadlines-by-owner.intro"),
        BarChart.of(List.of(t.apply("overview.column.missed")), bars),
        List.of(t.apply("overview.column.owner"), t.apply("overview.column.missed")),
        rows,
        rows.size());
  }

  private Built disagreements(AuthorityDashboard d, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (DisagreementsAtStage stage : d.disagreements().byStage()) {
      String label =
          stage.stage().equals("NONE")
              ? t.apply("overview.stage.NONE")
              : t.apply("disagreement.stage." + stage.stage());
      rows.add(List.of(label, n(stage.open()), n(stage.settledThisYear())));
      bars.add(new BarChart.Figures(label, List.of(stage.open(), stage.settledThisYear())));
    }
    return built(
        "disagreements",
        t,
        text(
            "overview.disagreements.intro",
            d.disagreements().open(),
            d.disagreements().settledThisYear(),
            d.year()),
        BarChart.of(
            List.of(t.apply("overview.column.open"), t.apply("overview.column.settled")), bars),
        List.of(
            t.apply("overview.column.stage"),
            t.apply("overview.column.open"),
            t.apply("overview.column.settled")),
        rows,
        rows.size());
  }

  private Built schools(AuthorityDashboard d, Function<String, String> t) {
    List<SenBySchool> schools = new ArrayList<>(d.senChildren().bySchool());
    schools.sort(
        Comparator.comparingLong((SenBySchool s) -> s.senSupport() + s.ehcPlan())
            .reversed()
            .thenComparing(SenBySchool::schoolName));
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (SenBySchool school : schools) {
      rows.add(
          List.of(
              school.schoolName(),
              n(school.senSupport()),
              n(school.ehcPlan()),
              n(school.senSupport() + school.ehcPlan())));
      if (bars.size() < SCHOOLS_ON_PAGE) {
        bars.add(
            new BarChart.Figures(
                school.schoolName(), List.of(school.senSupport(), school.ehcPlan())));
      }
    }
    return built(
        "schools",
        t,
        text(
            "overview.schools.intro",
            d.senChildren().senSupport(),
            d.senChildren().ehcPlan(),
            schools.size(),
            SCHOOLS_ON_PAGE),
        BarChart.of(List.of(t.apply("child.senStatus.K"), t.apply("child.senStatus.E")), bars),
        List.of(
            t.apply("overview.column.school"),
            t.apply("child.senStatus.K"),
            t.apply("child.senStatus.E"),
            t.apply("overview.column.total")),
        rows,
        SCHOOLS_ON_PAGE);
  }

  private Built needs(AuthorityDashboard d, Function<String, String> t) {
    List<List<String>> rows = new ArrayList<>();
    List<BarChart.Figures> bars = new ArrayList<>();
    for (SenByNeed need : d.senChildren().byNeed()) {
      String label = need.need() == null ? t.apply("overview.need.none") : needName(need, t);
      rows.add(
          List.of(
              label,
              n(need.senSupport()),
              n(need.ehcPlan()),
              n(need.senSupport() + need.ehcPlan())));
      bars.add(new BarChart.Figures(label, List.of(need.senSupport(), need.ehcPlan())));
    }
    return built(
        "needs",
        t,
        t.apply("overview.needs.intro"),
        BarChart.of(List.of(t.apply("child.senStatus.K"), t.apply("child.senStatus.E")), bars),
        List.of(
            t.apply("overview.column.need"),
            t.apply("child.senStatus.K"),
            t.apply("child.senStatus.E"),
            t.apply("overview.column.total")),
        rows,
        rows.size());
  }

  private String needName(SenByNeed need, Function<String, String> t) {
    return OverviewFigures.NEEDS.contains(need.need())
        ? t.apply("child.need." + need.need())
        : need.need();
  }

  private Built built(
      String id,
      Function<String, String> t,
      String intro,
      BarChart chart,
      List<String> columns,
      List<List<String>> rows,
      int shown) {
    List<List<String>> onPage = rows.size() > shown ? rows.subList(0, shown) : rows;
    return new Built(
        new Section(
            id,
            t.apply("overview." + id + ".heading"),
            intro,
            t.apply("overview." + id + ".chart.title"),
            t.apply("overview." + id + ".chart.desc"),
            chart,
            columns,
            List.copyOf(onPage),
            rows.size() - onPage.size()),
        rows);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private static String monthName(String month, Locale locale) {
    YearMonth ym = YearMonth.parse(month);
    return ym.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + ym.getYear();
  }

  private static String n(long value) {
    return String.valueOf(value);
  }
}
