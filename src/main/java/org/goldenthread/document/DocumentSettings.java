package org.goldenthread.document;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How documents are kept ({@code goldenthread.documents.*}).
 *
 * @param maxSize the largest file accepted (20 MB unless set); the multipart limits ({@code
 *     spring.servlet.multipart.*}) and Tomcat's {@code server.tomcat.max-swallow-size} must stay
 *     above it, so that this check is the one that answers
 * @param directory where the files are written; none (the default): in PostgreSQL
 * @param clamd the ClamAV daemon that scans every file, when its host is set
 */
@ConfigurationProperties("goldenthread.documents")
record DocumentSettings(
    @DefaultValue("20MB") DataSize maxSize, Path directory, @DefaultValue Clamd clamd) {

  /**
   * A {@code clamd} reached over TCP ({@code TCPSocket} in clamd.conf).
   *
   * @param host its host name; none: files are not scanned
   * @param port its port (3310 unless set)
   * @param timeout how long to wait for it to connect and to answer
   */
  record Clamd(String host, @DefaultValue("3310") int port, @DefaultValue("30s") Duration timeout) {

    boolean configured() {
      return host != null && !host.isBlank();
    }
  }
}
