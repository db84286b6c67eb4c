package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.xmpbox.XMPMetadata;
import org.goldenthread.support.PdfFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The renderer on its own, with a tiny template on the shared PDF layout: what comes out is a
 * tagged PDF/UA and PDF/A-3u document that a screen reader and a viewer can use.
 */
class PdfDocumentsTests {

  static final String TITLE = "A tiny document";
  static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf =
        renderer()
            .render(
                "pdf-sample/tiny",
                Map.of(
                    "title",
                    TITLE,
                    "words",
                    "Plain words & <b>no markup</b>",
                    "day",
                    LocalDate.of(2026, 11, 22),
                    "rows",
                    List.of("apples", "pears")),
                Locale.UK);
  }

  static PdfDocuments renderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    StaticApplicationContext context = new StaticApplicationContext();
    context.registerBean("dates", Dates.class);
    context.refresh();
    engine.addDialect(new TemplateObjectsDialect(context.getBeanProvider(TemplateObject.class)));
    return new PdfDocuments(engine);
  }

  @Test
  void isTaggedWithItsTitleAndLanguage() {
    assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).startsWith("%PDF-");
    try (PdfFile file = PdfFile.read(pdf)) {
      PDDocumentCatalog catalog = file.document().getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(file.document().getDocumentInformation().getTitle()).isEqualTo(TITLE);
      assertThat(file.document().getDocumentInformation().getSubject())
          .isEqualTo("A tiny document for the renderer tests");
      assertThat(file.document().getDocumentInformation().getAuthor()).isEqualTo("Golden Thread");
    }
  }

  @Test
  void declaresPdfUaAndPdfA3uInItsMetadata() throws Exception {
    try (PdfFile file = PdfFile.read(pdf)) {
      XMPMetadata xmp = file.xmp();
      assertThat(file.xmpTitle()).isEqualTo(TITLE);
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
      assertThat(new String(file.document().getDocumentCatalog().getMetadata().toByteArray()))
          .contains("pdfuaid:part");
      assertThat(file.document().getDocumentCatalog().getOutputIntents()).hasSize(1);
    }
  }

  @Test
  void passesTheValidatorForPdfUaAndPdfA() {
    try (PdfFile file = PdfFile.read(pdf)) {
      assertThat(file.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
      assertThat(file.failures(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
    }
  }

  @Test
  void theValidatorFindsWhatAnUntaggedPdfLacks() throws Exception {
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(plain);
    }
    try (PdfFile file = PdfFile.read(plain.toByteArray())) {
      assertThat(file.failures(PDFAFlavour.PDFUA_1)).isNotEmpty();
      assertThat(file.failures(PDFAFlavour.PDFA_3_U)).isNotEmpty();
    }
  }

  @Test
  void embedsEveryFontItUses() {
    try (PdfFile file = PdfFile.read(pdf)) {
      assertThat(file.fonts())
          .isNotEmpty()
          .allMatch(font -> font.endsWith(" embedded"))
          .anyMatch(font -> font.contains("AtkinsonHyperlegible"));
    }
  }

  @Test
  void tagsHeadingsParagraphsAndTableHeaders() {
    try (PdfFile file = PdfFile.read(pdf)) {
      assertThat(file.tags()).contains("Document", "H1", "H2", "H3", "P", "Table", "TH", "TD");
    }
  }

  @Test
  void makesBookmarksFromTheHeadings() {
    try (PdfFile file = PdfFile.read(pdf)) {
      assertThat(file.bookmarks()).containsExactly("Numbers", "  A part of numbers", "Letters");
    }
  }

  @Test
  void showsTheTextEscapedWithMessagesBeansAndPageNumbers() {
    try (PdfFile file = PdfFile.read(pdf)) {
      assertThat(file.text())
          .contains(TITLE)
          .contains("Plain words & <b>no markup</b>")
          .contains("22 November 2026")
          .contains("apples", "pears")
          .contains("Zoë, Ελένη, Олена")
          .contains("Page 1 of 1");
    }
  }

  @Test
  void namesFilesInPlainAscii() {
    assertThat(PdfDocuments.fileName("plan", "Zoë", "O'Brien-Smith", "2026-11-22"))
        .isEqualTo("plan-zoe-o-brien-smith-2026-11-22.pdf");
    assertThat(PdfDocuments.fileName("plan", "李", null, "2026-11-22"))
        .isEqualTo("plan-2026-11-22.pdf");
    assertThat(PdfDocuments.fileName("\"; rm -rf /", "..")).isEqualTo("rm-rf.pdf");
    assertThat(PdfDocuments.fileName()).isEqualTo("document.pdf");
  }

  @Test
  void answersADownload() {
    var response = PdfDocuments.attachment("plan-zoe-2026-11-22.pdf", pdf);
    assertThat(response.getHeaders().getContentType()).isEqualTo(PdfDocuments.APPLICATION_PDF);
    assertThat(response.getHeaders().getFirst("Content-Disposition"))
        .isEqualTo("attachment; filename=\"plan-zoe-2026-11-22.pdf\"");
    assertThat(response.getHeaders().getContentLength()).isEqualTo(pdf.length);
  }
}
