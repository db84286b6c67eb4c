package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The clamd client: the INSTREAM request it sends and the replies it understands, as units; and,
 * when a real clamd answers (at GT_CLAMD_HOST and GT_CLAMD_PORT, or localhost:3310), a clean file
 * and the EICAR test file scanned by it. Without one, those two tests are skipped, saying so.
 */
class ClamdTests {

  /** The EICAR anti-virus test file: harmless, and found by every scanner. */
  static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  @Test
  void theRequestIsTheCommandThenEachChunkAfterItsLengthThenAZeroLength() throws IOException {
    byte[] content = new byte[Clamd.CHUNK + 10];
    content[0] = 1;
    content[Clamd.CHUNK] = 2;

    DataInputStream request = new DataInputStream(new ByteArrayInputStream(Clamd.command(content)));

    byte[] command = new byte[10];
    request.readFully(command);
    assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
    assertThat(request.readInt()).isEqualTo(Clamd.CHUNK);
    byte[] first = new byte[Clamd.CHUNK];
    request.readFully(first);
    assertThat(first[0]).isEqualTo((byte) 1);
    assertThat(request.readInt()).isEqualTo(10);
    byte[] second = new byte[10];
    request.readFully(second);
    assertThat(second[0]).isEqualTo((byte) 2);
    assertThat(request.readInt()).isZero();
    assertThat(request.read()).isEqualTo(-1);
  }

  @Test
  void anEmptyFileIsTheCommandAndTheEndAlone() {
    assertThat(Clamd.command(new byte[0])).hasSize(10 + 4);
  }

  @Test
  void repliesSayCleanOrNameWhatWasFound() throws IOException {
    assertThat(Clamd.parse("stream: OK").clean()).isTrue();
    assertThat(Clamd.parse("stream: OK\n").clean()).isTrue();
    Clamd.Verdict found = Clamd.parse("stream: Win.Test.EICAR_HDB-1 FOUND");
    assertThat(found.clean()).isFalse();
    assertThat(found.signature()).isEqualTo("Win.Test.EICAR_HDB-1");
    assertThat(Clamd.parse("1: stream: Eicar-Signature FOUND").signature())
        .isEqualTo("Eicar-Signature");
  }

  @Test
  void errorsAndRepliesNotUnderstoodAreNeverTakenForClean() {
    for (String reply :
        new String[] {
          "INSTREAM size limit exceeded. ERROR",
          "stream: Can't allocate memory ERROR",
          "",
          "stream:",
          "stream: FOUND",
          "UNKNOWN COMMAND",
          "stream: OKAY"
        }) {
      assertThatThrownBy(() -> Clamd.parse(reply)).as(reply).isInstanceOf(IOException.class);
    }
  }

  @Test
  void theReplyIsReadUpToItsNul() throws IOException {
    byte[] sent = "stream: OK\0trailing".getBytes(StandardCharsets.US_ASCII);
    assertThat(Clamd.readReply(new ByteArrayInputStream(sent))).isEqualTo("stream: OK");
    assertThat(Clamd.readReply(new ByteArrayInputStream("stream: OK".getBytes())))
        .isEqualTo("stream: OK");
  }

  @Test
  void aScannerThatCannotBeReachedIsAnError() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Clamd clamd = new Clamd("localhost", closed, Duration.ofSeconds(2));

    assertThatThrownBy(() -> clamd.scan("hello".getBytes())).isInstanceOf(IOException.class);
  }

  @Test
  void onceAScannerIsConfiguredNoFileGoesInUnscannedWhileItCannotBeReached() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    org.springframework.context.support.StaticMessageSource messages =
        new org.springframework.context.support.StaticMessageSource();
    VirusScan unreachable =
        new VirusScan(
            new DocumentSettings(
                org.springframework.util.unit.DataSize.ofMegabytes(20),
                null,
                new DocumentSettings.Clamd("localhost", closed, Duration.ofSeconds(2))),
            messages);
    VirusScan none =
        new VirusScan(
            new DocumentSettings(
                org.springframework.util.unit.DataSize.ofMegabytes(20),
                null,
                new DocumentSettings.Clamd(null, 3310, Duration.ofSeconds(2))),
            messages);

    assertThatThrownBy(() -> unreachable.check("hello".getBytes()))
        .isInstanceOfSatisfying(
            DocumentRefused.class,
            refused -> {
              assertThat(refused.getStatusCode().value()).isEqualTo(503);
              assertThat(refused.getBody().getType().toString()).isEqualTo("/problems/unavailable");
              assertThat(refused.messageKey()).isEqualTo("document.error.scannerUnavailable");
            });
    assertThat(none.configured()).isFalse();
    none.check("hello".getBytes());
  }

  @Test
  void aRealClamdFindsTheTestFile() throws IOException {
    Clamd clamd = realClamd();

    Clamd.Verdict verdict = clamd.scan(EICAR.getBytes(StandardCharsets.US_ASCII));

    assertThat(verdict.clean()).isFalse();
    assertThat(verdict.signature()).containsIgnoringCase("eicar");
    VirusScan scan =
        new VirusScan(
            new DocumentSettings(
                org.springframework.util.unit.DataSize.ofMegabytes(20),
                null,
                new DocumentSettings.Clamd(
                    System.getenv().getOrDefault("GT_CLAMD_HOST", "localhost"),
                    Integer.parseInt(System.getenv().getOrDefault("GT_CLAMD_PORT", "3310")),
                    Duration.ofSeconds(30))),
            new org.springframework.context.support.StaticMessageSource());
    assertThatThrownBy(() -> scan.check(EICAR.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(
            DocumentRefused.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(422));
  }

  @Test
  void aRealClamdPassesACleanFile() throws IOException {
    Clamd clamd = realClamd();

    assertThat(clamd.scan(Uploads.pdf("A clean report")).clean()).isTrue();
  }

  /** The clamd of the environment, or the test is skipped when none answers. */
  private static Clamd realClamd() {
    String host = System.getenv().getOrDefault("GT_CLAMD_HOST", "localhost");
    int port = Integer.parseInt(System.getenv().getOrDefault("GT_CLAMD_PORT", "3310"));
    boolean answers;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      answers = true;
    } catch (IOException e) {
      answers = false;
    }
    assumeTrue(answers, "No clamd answers at " + host + ":" + port + ": skipped");
    return new Clamd(host, port, Duration.ofSeconds(30));
  }
}
