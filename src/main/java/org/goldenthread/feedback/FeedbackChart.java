package org.goldenthread.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the chart drawn on the server as SVG: for each group with figures, its label and
 * a bar per question, split into yes, partly and no by their share of the answers. The figures are
 * in the table beside it; the chart only shows them.
 */
record FeedbackChart(int width, int height, List<Row> rows) {

  static final int WIDTH = 640;
  static final int LABEL_WIDTH = 200;
  static final int BAR_WIDTH = WIDTH - LABEL_WIDTH - 10;
  static final int BAR_HEIGHT = 18;
  static final int GROUP_HEIGHT = 3 * BAR_HEIGHT + 24;

  /** A group: its label above two bars. */
  record Row(String label, int y, Bar heard, Bar next) {}

  /** One question's bar: its segments left to right. */
  record Bar(String question, int y, List<Segment> segments) {}

  /** A share of the bar: {@code kind} is "yes", "partly" or "no". */
  record Segment(String kind, double x, double width, int percent) {}

  static FeedbackChart of(List<FeedbackGroup> groups, String heard, String next, Labels labels) {
    List<Row> rows = new ArrayList<>();
    int y = 10;
    for (FeedbackGroup group : groups) {
      if (group.suppressed()) {
        continue;
      }
      rows.add(
          new Row(
              labels.of(group),
              y + 14,
              bar(heard, y + BAR_HEIGHT + 4, group.feltHeard()),
              bar(next, y + 2 * BAR_HEIGHT + 8, group.knowsWhatNext())));
      y += GROUP_HEIGHT;
    }
    return new FeedbackChart(WIDTH, y + 4, rows);
  }

  /** How a group is named in the chart. */
  interface Labels {
    String of(FeedbackGroup group);
  }

  private static Bar bar(String question, int y, FeedbackGroup.Counts counts) {
    List<Segment> segments = new ArrayList<>();
    double x = LABEL_WIDTH;
    int total = counts.total();
    int[] values = {counts.yes(), counts.partly(), counts.no()};
    int[] percents = {counts.yesPercent(), counts.partlyPercent(), counts.noPercent()};
    String[] kinds = {"yes", "partly", "no"};
    for (int i = 0; i < values.length; i++) {
      if (values[i] == 0 || total == 0) {
        continue;
      }
      double width = (double) BAR_WIDTH * values[i] / total;
      segments.add(new Segment(kinds[i], x, width, percents[i]));
      x += width;
    }
    return new Bar(question, y, segments);
  }
}
