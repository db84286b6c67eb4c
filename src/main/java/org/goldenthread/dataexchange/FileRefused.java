package org.goldenthread.dataexchange;

/**
 * A file that cannot be read as pupils at all (not UTF-8, not our CSV nor a CTF, a DOCTYPE, too
 * large): the message key, and the line where it went wrong when known (0 when not).
 */
class FileRefused extends RuntimeException {

  private final int line;
  private final String key;

  FileRefused(int line, String key) {
    super(key + " at line " + line);
    this.line = line;
    this.key = key;
  }

  int line() {
    return line;
  }

  String key() {
    return key;
  }
}
