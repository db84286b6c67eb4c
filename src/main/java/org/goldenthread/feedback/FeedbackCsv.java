package org.goldenthread.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.web.CsvText;

/**
 * The authority's table as CSV, one line per school and term, with each answer's count and its
 * percentage of the answers in columns of their own: a suppressed group says so and has no figures.
 * Text that a spreadsheet would read as a formula is led by an apostrophe ({@link CsvText}).
 */
final class FeedbackCsv {

  private static final List<String> COLUMNS =
      List.of("heardYes", "heardPartly", "heardNo", "nextYes", "nextPartly", "nextNo");

  private FeedbackCsv() {}

  static String of(List<FeedbackGroup> groups, Function<String, String> words) {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>();
    header.add(words.apply("feedback.csv.school"));
    header.add(words.apply("feedback.csv.term"));
    header.add(words.apply("feedback.csv.families"));
    header.add(words.apply("feedback.csv.answers"));
    for (String column : COLUMNS) {
      header.add(words.apply("feedback.csv." + column));
      header.add(words.apply("feedback.csv." + column) + " (%)");
    }
    header.add(words.apply("feedback.csv.note"));
    line(csv, header);
    for (FeedbackGroup group : groups) {
      List<String> cells = new ArrayList<>();
      cells.add(group.schoolName());
      cells.add(group.term().code());
      if (group.suppressed()) {
        for (int i = 0; i < 2 + 2 * COLUMNS.size(); i++) {
          cells.add("");
        }
        cells.add(words.apply("feedback.suppressed"));
      } else {
        cells.add(String.valueOf(group.families()));
        cells.add(String.valueOf(group.answers()));
        add(cells, group.feltHeard());
        add(cells, group.knowsWhatNext());
        cells.add("");
      }
      line(csv, cells);
    }
    return csv.toString();
  }

  private static void add(List<String> cells, FeedbackGroup.Counts counts) {
    cells.add(String.valueOf(counts.yes()));
    cells.add(String.valueOf(counts.yesPercent()));
    cells.add(String.valueOf(counts.partly()));
    cells.add(String.valueOf(counts.partlyPercent()));
    cells.add(String.valueOf(counts.no()));
    cells.add(String.valueOf(counts.noPercent()));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(CsvText.cell(cells.get(i)));
    }
    csv.append("\r\n");
  }
}
