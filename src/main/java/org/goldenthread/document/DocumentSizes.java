package org.goldenthread.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.goldenthread.web.TemplateObject;
import org.springframework.stereotype.Component;

/**
 * A file's size as people read it ("840 KB", "1.2 MB"), for the templates ({@code #documentSizes}).
 */
@Component
public class DocumentSizes implements TemplateObject {

  private static final long KB = 1024;
  private static final long MB = 1024 * 1024;

  @Override
  public String templateName() {
    return "documentSizes";
  }

  public String inWords(long bytes) {
    if (bytes < KB) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < MB) {
      return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
    }
    return BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + " MB";
  }
}
