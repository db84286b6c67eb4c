package org.goldenthread.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the chart drawn on the server as SVG: for each group with figures, its label and
 * a bar per question, split into yes, partly and no by their share of the answers. The figures are
 * in the table beside it; the chart only shows them.
 *
 * <p>Every label sits on lines of its own above its bar, as wide as the chart, so that a label of
 * any length in any language has room: a long one is wrapped at spaces, by a generous guess at the
 * width of its letters (the server does not know the reader's font). In a right-to-left language
 * the chart is mirrored: its words start at the right-hand edge and the bars grow from it, yes
 * first.
 *
 * @param direction {@code ltr} or {@code rtl}, the SVG's {@code direction}
 */
record FeedbackChart(int width, int height, String direction, List<Row> rows) {

  static final int WIDTH = 400;
  static final int FONT_SIZE = 13;
  static final int LINE_HEIGHT = 17;
  static final int BAR_HEIGHT = 18;

  /** The widest a letter is taken to be (bold capitals aside), in the chart's units. */
  static final double LETTER_WIDTH = 0.62 * FONT_SIZE;

  /** The narrowest part of a bar that its percentage is written in. */
  static final int WIDTH_FOR_PERCENT = 34;

  /** A group: its label's lines above two bars. */
  record Row(List<Line> label, Bar heard, Bar next) {}

  /** A line of words and where its baseline is. */
  record Line(String text, int y) {}

  /** One question's bar below its question's lines: its segments in the reading order. */
  record Bar(List<Line> question, int y, List<Segment> segments) {}

  /** A share of the bar: {@code kind} is "yes", "partly" or "no". */
  record Segment(String kind, double x, double width, int percent) {

    /** Where its percentage is centred. */
    public double middle() {
      return x + width / 2;
    }

    public boolean showsPercent() {
      return width >= WIDTH_FOR_PERCENT;
    }
  }

  /** Where every line of words starts: the left-hand edge, or the right in right to left. */
  public int textX() {
    return "rtl".equals(direction) ? width : 0;
  }

  static FeedbackChart of(
      List<FeedbackGroup> groups, String heard, String next, Labels labels, boolean rightToLeft) {
    Pen pen = new Pen(rightToLeft);
    List<Row> rows = new ArrayList<>();
    for (FeedbackGroup group : groups) {
      if (group.suppressed()) {
        continue;
      }
      List<Line> label = pen.lines(labels.of(group));
      pen.gap(4);
      Bar heardBar = pen.bar(heard, group.feltHeard());
      Bar nextBar = pen.bar(next, group.knowsWhatNext());
      rows.add(new Row(label, heardBar, nextBar));
      pen.gap(14);
    }
    return new FeedbackChart(WIDTH, pen.y, rightToLeft ? "rtl" : "ltr", rows);
  }

  /** How a group is named in the chart. */
  interface Labels {
    String of(FeedbackGroup group);
  }

  /** Words cut into lines that fit the chart's width, at spaces (a longer word has a line). */
  static List<String> wrap(String text) {
    int fits = (int) (WIDTH / LETTER_WIDTH);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > fits) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Draws down the chart: where the next line or bar goes. */
  private static final class Pen {

    private final boolean rightToLeft;
    private int y = 4;

    Pen(boolean rightToLeft) {
      this.rightToLeft = rightToLeft;
    }

    List<Line> lines(String text) {
      List<Line> lines = new ArrayList<>();
      for (String line : wrap(text)) {
        lines.add(new Line(line, y + FONT_SIZE));
        y += LINE_HEIGHT;
      }
      return lines;
    }

    void gap(int height) {
      y += height;
    }

    Bar bar(String question, FeedbackGroup.Counts counts) {
      List<Line> lines = lines(question);
      int top = y + 2;
      y = top + BAR_HEIGHT + 8;
      List<Segment> segments = new ArrayList<>();
      double along = 0;
      int total = counts.total();
      int[] values = {counts.yes(), counts.partly(), counts.no()};
      int[] percents = {counts.yesPercent(), counts.partlyPercent(), counts.noPercent()};
      String[] kinds = {"yes", "partly", "no"};
      for (int i = 0; i < values.length; i++) {
        if (values[i] == 0 || total == 0) {
          continue;
        }
        double width = (double) WIDTH * values[i] / total;
        double x = rightToLeft ? WIDTH - along - width : along;
        segments.add(new Segment(kinds[i], x, width, percents[i]));
        along += width;
      }
      return new Bar(lines, top, segments);
    }
  }
}
