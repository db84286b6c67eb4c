package org.goldenthread.document;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it was sent: the name it had on the sender's computer (only a hint: the type comes from
 * the content), its size and its content.
 */
public record UploadedFile(String name, long size, InputStreamSource content) {

  /** The file of a multipart request, or null when none was chosen. */
  public static UploadedFile of(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    return new UploadedFile(file.getOriginalFilename(), file.getSize(), file);
  }
}
