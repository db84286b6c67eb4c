package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chart's geometry: a label of any length gets lines of its own above its bar, never wider than
 * the chart; left to right the bars grow from the left, yes first, and right to left they are
 * mirrored, growing from the right, with the words starting at the right-hand edge.
 */
class FeedbackChartTests {

  static final FeedbackGroup RIVERSIDE =
      new FeedbackGroup(
          UUID.randomUUID(),
          "Riverside Academy",
          FeedbackTerm.of(LocalDate.of(2026, 5, 1)),
          false,
          6,
          8,
          new FeedbackGroup.Counts(4, 2, 2),
          new FeedbackGroup.Counts(8, 0, 0));

  static final FeedbackGroup SUPPRESSED =
      new FeedbackGroup(
          UUID.randomUUID(),
          "Brook Primary School",
          FeedbackTerm.of(LocalDate.of(2026, 5, 1)),
          true,
          null,
          null,
          null,
          null);

  @Test
  void aLongLabelIsWrappedAtSpacesIntoLinesThatFitAboveItsBar() {
    String welsh =
        "Ysgol Gynradd Gymraeg Glan yr Afon a Chanolfan Adnoddau Iaith, Tymor yr hydref 2026 i"
            + " 2027";
    FeedbackChart chart =
        FeedbackChart.of(
            List.of(RIVERSIDE),
            "Teimlo eu bod wedi’u clywed",
            "Gwybod beth sy’n digwydd nesaf",
            group -> welsh,
            false);

    FeedbackChart.Row row = chart.rows().get(0);
    assertThat(row.label()).hasSizeGreaterThan(1);
    assertThat(row.label())
        .allSatisfy(
            line ->
                assertThat(line.text().length() * FeedbackChart.LETTER_WIDTH)
                    .isLessThanOrEqualTo(FeedbackChart.WIDTH));
    assertThat(String.join(" ", row.label().stream().map(FeedbackChart.Line::text).toList()))
        .isEqualTo(welsh);
    int lastLine = row.label().get(row.label().size() - 1).y();
    int question = row.heard().question().get(0).y();
    assertThat(question).as("the question below the label").isGreaterThan(lastLine);
    assertThat(row.heard().y()).as("the bar below its question").isGreaterThan(question);
    assertThat(row.next().question().get(0).y()).isGreaterThan(row.heard().y());
    assertThat(chart.height()).isGreaterThan(row.next().y() + FeedbackChart.BAR_HEIGHT);
  }

  @Test
  void leftToRightTheBarsGrowFromTheLeftYesFirst() {
    FeedbackChart chart =
        FeedbackChart.of(List.of(RIVERSIDE, SUPPRESSED), "Felt heard", "Know", g -> "R", false);

    assertThat(chart.rows()).hasSize(1);
    assertThat(chart.direction()).isEqualTo("ltr");
    assertThat(chart.textX()).isZero();
    List<FeedbackChart.Segment> heard = chart.rows().get(0).heard().segments();
    assertThat(heard)
        .extracting(FeedbackChart.Segment::kind)
        .containsExactly("yes", "partly", "no");
    assertThat(heard).extracting(FeedbackChart.Segment::x).containsExactly(0.0, 200.0, 300.0);
    assertThat(heard).extracting(FeedbackChart.Segment::width).containsExactly(200.0, 100.0, 100.0);
    assertThat(chart.rows().get(0).next().segments())
        .singleElement()
        .satisfies(s -> assertThat(s.middle()).isEqualTo(200.0));
  }

  @Test
  void rightToLeftTheChartIsMirrored() {
    FeedbackChart chart =
        FeedbackChart.of(List.of(RIVERSIDE), "بات سنی گئی", "آگے کا پتا ہے", g -> "R", true);

    assertThat(chart.direction()).isEqualTo("rtl");
    assertThat(chart.textX()).isEqualTo(FeedbackChart.WIDTH);
    List<FeedbackChart.Segment> heard = chart.rows().get(0).heard().segments();
    assertThat(heard)
        .extracting(FeedbackChart.Segment::kind)
        .containsExactly("yes", "partly", "no");
    assertThat(heard).extracting(FeedbackChart.Segment::x).containsExactly(200.0, 100.0, 0.0);
  }
}
