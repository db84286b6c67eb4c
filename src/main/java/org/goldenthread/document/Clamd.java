package org.goldenthread.document;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small client of ClamAV's daemon, {@code clamd}, over TCP: the {@code INSTREAM} command sends a
 * file in chunks (each after its length as four bytes, most significant first; a length of zero
 * ends it) and {@code clamd} answers one line: {@code stream: OK}, {@code stream: <signature>
 * FOUND}, or an error ending in {@code ERROR} (for one, a file over its {@code StreamMaxLength}).
 */
final class Clamd {

  static final int CHUNK = 64 * 1024;
  private static final int LONGEST_REPLY = 4096;

  private final String host;
  private final int port;
  private final Duration timeout;

  Clamd(String host, int port, Duration timeout) {
    this.host = host;
    this.port = port;
    this.timeout = timeout;
  }

  /**
   * Scans the content.
   *
   * @throws IOException when clamd cannot be reached, does not answer in time, or answers an error
   */
  Verdict scan(byte[] content) throws IOException {
    try (Socket socket = new Socket()) {
      int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
      socket.connect(new InetSocketAddress(host, port), millis);
      socket.setSoTimeout(millis);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write(command(content));
      out.flush();
      return parse(readReply(socket.getInputStream()));
    }
  }

  /** The whole {@code zINSTREAM} request for the content: the command, its chunks, the end. */
  static byte[] command(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 64);
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      for (int from = 0; from < content.length; from += CHUNK) {
        int length = Math.min(CHUNK, content.length - from);
        out.writeInt(length);
        out.write(content, from, length);
      }
      out.writeInt(0);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return bytes.toByteArray();
  }

  /** The reply up to its NUL (the {@code z} form of a command), or the end of the stream. */
  static String readReply(InputStream in) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != 0) {
      if (reply.size() >= LONGEST_REPLY) {
        throw new IOException("clamd's reply is too long");
      }
      reply.write(b);
    }
    return reply.toString(StandardCharsets.UTF_8);
  }

  /**
   * What a reply says.
   *
   * @throws IOException for an error, or a reply that is neither clean nor a signature found
   */
  static Verdict parse(String reply) throws IOException {
    String line = reply == null ? "" : reply.strip();
    if (line.endsWith("ERROR")) {
      throw new IOException("clamd answered an error: " + line);
    }
    String rest = line.replaceFirst("^\\d+: ", "");
    int colon = rest.indexOf(": ");
    String result = colon < 0 ? "" : rest.substring(colon + 2).strip();
    if (result.equals("OK")) {
      return Verdict.CLEAN;
    }
    if (result.endsWith(" FOUND") && result.length() > " FOUND".length()) {
      return new Verdict(false, result.substring(0, result.length() - " FOUND".length()).strip());
    }
    throw new IOException("clamd's reply is not understood: " + line);
  }

  /**
   * What clamd made of a file.
   *
   * @param signature the name of what it found, when the file is not clean
   */
  record Verdict(boolean clean, String signature) {
    static final Verdict CLEAN = new Verdict(true, null);
  }
}
