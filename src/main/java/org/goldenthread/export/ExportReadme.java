package org.goldenthread.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code README.txt}: what each file of the export is and how to ask a question or a correction, in
 * plain English ({@code export/README.txt}, with the child's name, who made the copy and when).
 */
@Component
class ExportReadme {

  static final String FILE_NAME = "README.txt";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

  private final String text;
  private final Clock clock;

  ExportReadme(Clock clock) {
    this.clock = clock;
    try (InputStream in = new ClassPathResource("export/README.txt").getInputStream()) {
      this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(AccessibleChild child, OutputStream out) {
    String filled =
        text.replace("{child}", child.displayName())
            .replace("{exportedBy}", child.user().displayName())
            .replace("{exportedAt}", WHEN.format(clock.instant()))
            .replace("\n", "\r\n");
    try {
      out.write(filled.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
