package org.goldenthread.document;

/**
 * An uploaded file read whole and checked: its bytes, the type its content shows, its SHA-256 hash
 * (lower-case hex) and the name it came with, made safe to show.
 */
record DetectedFile(byte[] bytes, String contentType, String sha256, String name) {

  long size() {
    return bytes.length;
  }
}
