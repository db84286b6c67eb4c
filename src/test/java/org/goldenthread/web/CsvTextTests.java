package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTests {

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaIsLedByAnApostrophe() {
    assertThat(CsvText.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvText.cell("+44 1234")).isEqualTo("'+44 1234");
    assertThat(CsvText.cell("-3")).isEqualTo("'-3");
    assertThat(CsvText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvText.cell("\tTAB")).isEqualTo("'\tTAB");
    assertThat(CsvText.cell("Plain")).isEqualTo("Plain");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    assertThat(CsvText.cell("O'Brien, Jo")).isEqualTo("\"O'Brien, Jo\"");
    assertThat(CsvText.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
    assertThat(CsvText.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvText.cell(null)).isEmpty();
  }

  @Test
  void aLineEndsWithCrlfAndATableStartsWithItsHeader() {
    assertThat(CsvText.line(Arrays.asList("a", null, "=b"))).isEqualTo("a,,'=b\r\n");
    assertThat(CsvText.of(List.of(List.of("upn"), List.of("A1")))).isEqualTo("upn\r\nA1\r\n");
  }
}
