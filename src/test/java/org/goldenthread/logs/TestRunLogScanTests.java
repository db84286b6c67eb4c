package org.goldenthread.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the log of the whole test run ({@code target/test-logs}, written by every test JVM through
 * {@code logging.file.name}) and fails on any line with a demo child's name or UPN, a token or a
 * password. Maven runs it alone, after all the other tests (the {@code log-scan} execution in
 * pom.xml); the usual test execution leaves it out.
 */
class TestRunLogScanTests {

  static final Path TEST_LOGS = Path.of("target", "test-logs");

  /** The demo children (demo.DemoChildren): their full names and their UPNs. */
  static final List<String> DEMO_CHILDREN =
      List.of(
          "Sarah Bennett",
          "Jamal Ahmed",
          "Chloe Davies",
          "Oliver Nowak",
          "Amira Hassan",
          "Ben Turner",
          "Leo Lee",
          "Ruby Shaw",
          "Noah Green",
          "E990212100001",
          "U990212100002",
          "H990212100003",
          "X990212100004",
          "L990212100005",
          "A990212100006",
          "B990217200001",
          "Q990217200002",
          "E990217200003");

  @Test
  void theTestRunLoggedNoChildsDataNoTokenAndNoPassword() throws IOException {
    assertThat(LogLeaks.logFiles(TEST_LOGS))
        .as("the test run's logs in %s", TEST_LOGS.toAbsolutePath())
        .anyMatch(file -> LogLeaks.linesOf(file).stream().anyMatch(l -> l.contains("Started ")));

    assertThat(LogLeaks.secretsAnd(DEMO_CHILDREN).in(TEST_LOGS)).isEmpty();
  }

  @Test
  void theNamesLookedForAreTheDemoChildren() throws IOException {
    String demo =
        Files.readString(
            Path.of("src/main/java/org/goldenthread/demo/DemoChildren.java"),
            StandardCharsets.UTF_8);

    for (String child : DEMO_CHILDREN) {
      for (String part : child.split(" ")) {
        assertThat(demo).as("demo.DemoChildren names %s", child).contains("\"" + part + "\"");
      }
    }
  }
}
