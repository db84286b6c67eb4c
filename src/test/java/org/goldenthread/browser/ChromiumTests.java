package org.goldenthread.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class ChromiumTests {

  @TempDir Path temp;

  @Test
  void withoutChromiumTheBrowserTestsAreSkippedAndSaySo() {
    assertThatThrownBy(() -> Chromium.checkAvailable(Path.of("/usr/bin/chromium-missing"), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "Browser tests skipped: /usr/bin/chromium-missing not found"
                + " (set GT_REQUIRE_BROWSER=true to require it)");
  }

  @Test
  void withoutChromiumTheBrowserTestsFailWhereTheyAreRequired() {
    assertThatThrownBy(() -> Chromium.checkAvailable(Path.of("/usr/bin/chromium-missing"), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Browser tests are required (GT_REQUIRE_BROWSER=true) but /usr/bin/chromium-missing"
                + " was not found: install it with 'apt-get install -y chromium'");
  }

  @Test
  void aFileThatCannotBeRunIsNotChromium() throws Exception {
    Path notExecutable = java.nio.file.Files.createFile(temp.resolve("chromium"));

    assertThatThrownBy(() -> Chromium.checkAvailable(notExecutable, false))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void withChromiumTheyRun() throws Exception {
    Path chromium = java.nio.file.Files.createFile(temp.resolve("chromium"));
    chromium.toFile().setExecutable(true);

    assertThatCode(() -> Chromium.checkAvailable(chromium, true)).doesNotThrowAnyException();
  }
}
