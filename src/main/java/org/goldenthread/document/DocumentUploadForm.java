package org.goldenthread.document;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: the file, what it is called and what kind of document it is. */
record DocumentUploadForm(MultipartFile file, String title, String kind) {

  static DocumentUploadForm empty() {
    return new DocumentUploadForm(null, null, null);
  }
}
