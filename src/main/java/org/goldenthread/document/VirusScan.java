package org.goldenthread.document;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Every file is scanned by {@code clamd} when {@code goldenthread.documents.clamd.host} is set; a
 * file with a virus is refused (422), and while the scanner cannot be reached nothing is kept
 * (503): once a scanner is configured, no file goes in unscanned. With no host set, files are not
 * scanned.
 */
@Component
class VirusScan {

  private static final Logger log = LoggerFactory.getLogger(VirusScan.class);

  private final Clamd clamd;
  private final MessageSource messages;

  VirusScan(DocumentSettings settings, MessageSource messages) {
    DocumentSettings.Clamd configured = settings.clamd();
    this.clamd =
        configured.configured()
            ? new Clamd(configured.host(), configured.port(), configured.timeout())
            : null;
    this.messages = messages;
  }

  boolean configured() {
    return clamd != null;
  }

  /**
   * @throws DocumentRefused 422 for a file with a virus, 503 when the scanner cannot answer
   */
  void check(byte[] content) {
    if (clamd == null) {
      return;
    }
    Clamd.Verdict verdict;
    try {
      verdict = clamd.scan(content);
    } catch (IOException e) {
      log.warn("A document was refused: the virus scanner did not answer ({})", e.getMessage());
      throw new DocumentRefused(
          HttpStatus.SERVICE_UNAVAILABLE,
          text("document.error.scannerUnavailable"),
          "document.error.scannerUnavailable");
    }
    if (!verdict.clean()) {
      log.warn("A document was refused: clamd found {}", verdict.signature());
      throw new DocumentRefused(
          HttpStatus.UNPROCESSABLE_CONTENT,
          text("document.error.infected"),
          "document.error.infected");
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
