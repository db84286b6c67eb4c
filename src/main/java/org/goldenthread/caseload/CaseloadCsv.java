package org.goldenthread.caseload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.web.CsvText;

/**
 * The caseload as CSV (RFC 4180), a row at a time as the database reads it. A cell that a
 * spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is
 * prefixed with an apostrophe, so that a name can never run as a formula.
 */
final class CaseloadCsv {

  static final List<String> HEADER_KEYS =
      List.of(
          "caseload.csv.name",
          "caseload.csv.upn",
          "caseload.csv.year",
          "caseload.csv.status",
          "caseload.csv.need",
          "caseload.csv.nextReview",
          "caseload.csv.meetings",
          "caseload.csv.overdueActions",
          "caseload.csv.unreadEvidence",
          "caseload.csv.openViews",
          "caseload.csv.threadBreaks",
          "caseload.csv.nextDeadline",
          "caseload.csv.missedDeadlines");

  private final Writer out;
  private final Function<String, String> text;

  CaseloadCsv(Writer out, Function<String, String> text) {
    this.out = out;
    this.text = text;
  }

  void header() {
    line(HEADER_KEYS.stream().map(text).toList());
  }

  void row(CaseloadRow row) {
    line(
        List.of(
            row.displayName(),
            nullable(row.upn()),
            row.yearGroup(),
            text.apply("child.senStatus." + row.senStatus()),
            row.primaryNeed() == null ? "" : text.apply("child.need." + row.primaryNeed()),
            date(row.nextReview()),
            Long.toString(row.meetings()),
            Long.toString(row.overdueActions()),
            Long.toString(row.unreadEvidence()),
            Long.toString(row.openViews()),
            Long.toString(row.threadBreaks()),
            date(row.nextDeadline()),
            Long.toString(row.missedDeadlines())));
  }

  private void line(List<String> cells) {
    try {
      out.write(CsvText.line(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullable(String value) {
    return value == null ? "" : value;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
