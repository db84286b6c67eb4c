package org.goldenthread.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn on the server as SVG (the fragment {@code
 * fragments/bar-chart}): one bar per row, split into the series' counts side by side in a stack,
 * scaled to the largest total. The figures are in a table beside it; the chart only shows them.
 *
 * @param series the names of the series, in the order of their colours
 * @param rows the bars, top to bottom
 */
public record BarChart(int width, int height, List<String> series, List<Row> rows) {

  public static final int WIDTH = 640;
  public static final int LABEL_WIDTH = 220;
  public static final int BAR_HEIGHT = 20;
  public static final int ROW_HEIGHT = BAR_HEIGHT + 10;
  public static final int KEY_HEIGHT = 28;

  /** The colours of the series, in order (GOV.UK blue, green, purple, orange). */
  public static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#4c2c92", "#b58840");

  public BarChart {
    series = List.copyOf(series);
    rows = List.copyOf(rows);
  }

  /** One bar: its label, where it is drawn, its segments and its total shown at its end. */
  public record Row(String label, int y, List<Segment> segments, long total, double totalX) {

    public Row {
      segments = List.copyOf(segments);
    }
  }

  /** A series' share of a bar. */
  public record Segment(int series, String colour, double x, double width, long value) {}

  /** A key entry for a series: where its swatch and name are drawn. */
  public record Key(String name, String colour, int x) {}

  /** A row of figures to draw: its label and a value per series. */
  public record Figures(String label, List<Long> values) {

    public Figures {
      values = List.copyOf(values);
    }

    public long total() {
      return values.stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The chart of these rows; nothing to draw when every value is 0. */
  public static BarChart of(List<String> series, List<Figures> figures) {
    long largest = figures.stream().mapToLong(Figures::total).max().orElse(0);
    int barWidth = WIDTH - LABEL_WIDTH - 60;
    List<Row> rows = new ArrayList<>();
    int y = series.size() > 1 ? KEY_HEIGHT : 4;
    for (Figures row : figures) {
      List<Segment> segments = new ArrayList<>();
      double x = LABEL_WIDTH;
      for (int i = 0; i < row.values().size(); i++) {
        long value = row.values().get(i);
        if (value <= 0 || largest == 0) {
          continue;
        }
        double width = (double) barWidth * value / largest;
        segments.add(new Segment(i, COLOURS.get(i % COLOURS.size()), x, width, value));
        x += width;
      }
      rows.add(new Row(row.label(), y, segments, row.total(), x + 4));
      y += ROW_HEIGHT;
    }
    return new BarChart(WIDTH, y + 4, series, rows);
  }

  /** Whether there is anything to draw. */
  public boolean empty() {
    return rows.stream().allMatch(r -> r.total() == 0);
  }

  /** The key of the series, left to right (none for a single series). */
  public List<Key> keys() {
    List<Key> keys = new ArrayList<>();
    if (series.size() < 2) {
      return keys;
    }
    int x = 0;
    for (int i = 0; i < series.size(); i++) {
      keys.add(new Key(series.get(i), COLOURS.get(i % COLOURS.size()), x));
      x += 24 + 8 * series.get(i).length();
    }
    return keys;
  }
}
