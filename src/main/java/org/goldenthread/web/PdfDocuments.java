package org.goldenthread.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Accessible PDF documents from Thymeleaf templates: tagged PDF/UA-1 that is also PDF/A-3u, with
 * embedded fonts ({@link PdfFonts}), the document title shown by viewers, the language of the
 * {@code <html lang>} (right to left for Urdu), and bookmarks made from the headings ({@link
 * PdfBookmarks}).
 *
 * <p>A template starts from {@code templates/fragments/pdf-layout.html} (page size, margins, "Page
 * X of Y", headings, tables) and is rendered like a page, with messages ({@code #{…}}) and template
 * objects ({@code ${#dateWords.date(…)}}), but with no request: links must be absolute
 * ({@code @{/…}} needs a request). What a person typed is escaped by {@code th:text} as on any
 * page, and nothing outside the document is ever loaded (only {@code data:} images).
 *
 * <p>A document is rendered into memory: a three-page plan is about 45 kB with its fonts subset
 * into it (the fallback font only when a character needs it). Laying it out is the costly part:
 * measured here, a table of 200 rows takes about 0.6 s and 40 MB of short-lived allocation once
 * warm. So at most one document per processor is laid out at once, and a burst of downloads queues
 * (up to 30 seconds, then 503) instead of filling the heap and starving the pages of CPU; the
 * template is filled in before the queue.
 *
 * <p>To add a document: a template on {@code fragments/pdf-layout}, then in the capability's
 * controller {@code PdfDocuments.attachment(PdfDocuments.fileName("review", given, family, date),
 * pdfs.render("review/pdf", model, locale))}.
 */
@Component
public class PdfDocuments {

  public static final MediaType APPLICATION_PDF = MediaType.APPLICATION_PDF;

  private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);
  private static final String PRODUCER = "Golden Thread";
  private static final long WAIT_SECONDS = 30;

  private final ITemplateEngine templates;
  private final PdfFonts fonts;
  private final Semaphore rendering =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

  PdfDocuments(ITemplateEngine templates) {
    this.templates = templates;
    this.fonts = PdfFonts.bundled();
    PdfLogging.install();
  }

  /**
   * Renders a template (a view name such as {@code "plan/plan-pdf"}) with its model, in a language.
   *
   * @return the PDF's bytes
   */
  public byte[] render(String template, Map<String, ?> model, Locale locale) {
    String html = html(template, model, locale);
    acquire();
    try {
      long started = System.nanoTime();
      byte[] pdf = pdf(html, Language.of(locale));
      log.debug(
          "Rendered {} as a PDF of {} bytes in {} ms",
          template,
          pdf.length,
          (System.nanoTime() - started) / 1_000_000);
      return pdf;
    } finally {
      rendering.release();
    }
  }

  private String html(String template, Map<String, ?> model, Locale locale) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("documentLanguage", Language.of(locale));
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(locale);
    try {
      return templates.process(template, new Context(locale, variables));
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }

  /**
   * A PDF answered as a download: {@code application/pdf}, and {@code Content-Disposition:
   * attachment} with the file name given (make it with {@link #fileName}).
   */
  public static ResponseEntity<byte[]> attachment(String fileName, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(APPLICATION_PDF)
        .contentLength(pdf.length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.US_ASCII)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  /**
   * A safe file name from words: plain ASCII letters and digits joined by hyphens, accents dropped,
   * anything else left out, and ".pdf" added: {@code fileName("plan", "Zoë", "O'Brien",
   * "2026-11-22")} is {@code "plan-zoe-o-brien-2026-11-22.pdf"}.
   */
  public static String fileName(String... words) {
    String joined =
        Arrays.stream(words)
            .filter(Objects::nonNull)
            .map(PdfDocuments::slug)
            .filter(word -> !word.isEmpty())
            .collect(Collectors.joining("-"));
    return (joined.isEmpty() ? "document" : joined) + ".pdf";
  }

  private static String slug(String word) {
    String plain =
        Normalizer.normalize(word, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
  }

  private byte[] pdf(String html, Language language) {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html);
    PdfBookmarks.addFromHeadings(parsed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
    builder.useColorProfile(fonts.colourProfile());
    fonts.addTo(builder);
    // Urdu: runs of right-to-left text found and put in reading order, Arabic letters joined.
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(
        language.rightToLeft()
            ? BaseRendererBuilder.TextDirection.RTL
            : BaseRendererBuilder.TextDirection.LTR);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer(PRODUCER);
    builder.withW3cDocument(W3CDom.convert(parsed), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render a PDF", e);
    }
    return out.toByteArray();
  }

  private void acquire() {
    try {
      if (!rendering.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
  }

  private static ErrorResponseException busy() {
    return ProblemTypes.refusal(HttpStatus.SERVICE_UNAVAILABLE, null, "api.problem.pdfBusy");
  }
}
