package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared SVG bar chart's geometry and the shared CSV text. */
class BarChartTests {

  @Test
  void barsAreScaledToTheLargestTotalAndStackTheirSeries() {
    BarChart chart =
        BarChart.of(
            List.of("Within", "Later"),
            List.of(
                new BarChart.Figures("January", List.of(3L, 1L)),
                new BarChart.Figures("February", List.of(0L, 2L)),
                new BarChart.Figures("March", List.of(0L, 0L))));

    int full = BarChart.WIDTH - BarChart.LABEL_WIDTH - 60;
    BarChart.Row january = chart.rows().get(0);
    assertThat(january.total()).isEqualTo(4);
    assertThat(january.segments())
        .extracting(BarChart.Segment::width)
        .containsExactly(full * 0.75, full * 0.25);
    assertThat(january.segments().get(1).x()).isEqualTo(BarChart.LABEL_WIDTH + full * 0.75);
    assertThat(chart.rows().get(1).segments())
        .singleElement()
        .satisfies(s -> assertThat(s.series()).isEqualTo(1));
    assertThat(chart.rows().get(2).segments()).isEmpty();
    assertThat(chart.keys()).extracting(BarChart.Key::name).containsExactly("Within", "Later");
    assertThat(chart.empty()).isFalse();
    assertThat(BarChart.of(List.of("One"), List.of(new BarChart.Figures("x", List.of(0L)))).empty())
        .isTrue();
  }

  @Test
  void csvCellsAreQuotedAndFormulasDisarmed() {
    assertThat(
            CsvText.of(
                List.of(
                    List.of("School", "Total"), List.of("=SUM(A1)", "1"), List.of("A, B", "2"))))
        .isEqualTo("School,Total\r\n'=SUM(A1),1\r\n\"A, B\",2\r\n");
  }
}
