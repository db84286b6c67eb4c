package org.goldenthread.document;

/**
 * A document's bytes with what a download needs: its detected type and a safe file name.
 *
 * @param fileName plain ASCII letters, digits and hyphens from the title, with the type's extension
 */
public record StoredFile(byte[] bytes, String contentType, String fileName, String sha256) {}
