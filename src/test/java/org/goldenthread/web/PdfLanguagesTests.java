package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.support.PdfFile;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A PDF in the reader's language: its document language set, dates written that language's way, and
 * the letters of Welsh and Urdu all there, in fonts it carries. Urdu is written right to left, with
 * its letters joined, and is read back in the order it was written.
 */
class PdfLanguagesTests {

  private static final String URDU = "آپ کے بچے کا منصوبہ، سالانہ جائزہ اور ٹیم کی میٹنگ";
  private static final String WELSH = "Mae’r cynllun yn dweud beth sy’n helpu: dŵr, tŷ a’r ŵyl";

  private static byte[] render(String words, Locale locale) {
    return PdfDocumentsTests.renderer()
        .render(
            "pdf-sample/tiny",
            Map.of(
                "title",
                words,
                "words",
                words,
                "day",
                LocalDate.of(2026, 11, 22),
                "rows",
                List.of(words)),
            locale);
  }

  @Test
  void anUrduPdfIsInUrduRightToLeftWithEveryLetter() {
    try (PdfFile file = PdfFile.read(render(URDU, Locale.forLanguageTag("ur")))) {
      assertThat(file.document().getDocumentCatalog().getLanguage()).isEqualTo("ur");
      assertThat(file.fonts())
          .allMatch(font -> font.endsWith(" embedded"))
          .anyMatch(font -> font.contains("NotoNaskhArabic"));
      String text = Normalizer.normalize(file.text(), Normalizer.Form.NFKC);
      // The date as Urdu writes it; the numbers are laid out around the month right to left.
      assertThat(text).contains("سالانہ جائزہ").contains("نومبر").contains("2026");
      assertThat(file.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
      assertThat(file.failures(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
    }
  }

  @Test
  void aWelshPdfIsInWelshWithItsAccentedLetters() {
    try (PdfFile file = PdfFile.read(render(WELSH, Locale.forLanguageTag("cy")))) {
      assertThat(file.document().getDocumentCatalog().getLanguage()).isEqualTo("cy");
      assertThat(file.text()).contains("dŵr, tŷ a’r ŵyl").contains("22 Tachwedd 2026");
      assertThat(file.fonts()).allMatch(font -> font.endsWith(" embedded"));
    }
  }
}
