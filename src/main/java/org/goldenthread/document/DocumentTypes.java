package org.goldenthread.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The real type of a file, from its content, with Apache Tika: {@code Tika.detect(stream, name)}
 * reads the file's first bytes (its "magic") and takes the name only to tell apart types that share
 * them (a Word .docx is a ZIP inside). A type is accepted only when the content itself shows it: a
 * Windows program or a Linux binary named report.pdf is what its bytes say, and bytes that show no
 * type at all are never taken for a PDF on the strength of a name.
 */
@Component
class DocumentTypes {

  /** The types accepted, each with the extension a download of it is given. */
  static final Map<String, String> ACCEPTED =
      Map.ofEntries(
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/msword", "doc"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/png", "png"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"),
          Map.entry("image/heic", "heic"),
          Map.entry("image/heif", "heif"),
          // Sound recordings: a child's own words, kept with a view.
          Map.entry("audio/mpeg", "mp3"),
          Map.entry("audio/mp4", "m4a"),
          Map.entry("audio/vnd.wave", "wav"),
          Map.entry("audio/x-wav", "wav"),
          Map.entry("audio/ogg", "ogg"));

  private final Tika tika = new Tika();
  private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

  /** The accepted type the content shows, or empty when it is not one we keep. */
  Optional<String> accepted(byte[] bytes, String name) {
    try {
      MediaType withName = MediaType.parse(tika.detect(new ByteArrayInputStream(bytes), name));
      MediaType byContent = MediaType.parse(tika.detect(new ByteArrayInputStream(bytes)));
      if (withName == null || byContent == null) {
        return Optional.empty();
      }
      String type = withName.getBaseType().toString();
      boolean contentShowsIt =
          !byContent.equals(MediaType.OCTET_STREAM)
              && !byContent.equals(MediaType.TEXT_PLAIN)
              && (withName.equals(byContent) || registry.isInstanceOf(withName, byContent));
      return ACCEPTED.containsKey(type) && contentShowsIt ? Optional.of(type) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type of any bytes, as Tika sees them with the name: for the messages of a refusal. */
  String detected(byte[] bytes, String name) {
    try {
      return tika.detect(new ByteArrayInputStream(bytes), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String extension(String contentType) {
    return ACCEPTED.getOrDefault(contentType, "bin");
  }
}
