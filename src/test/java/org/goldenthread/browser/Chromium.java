package org.goldenthread.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * Debian's chromium, driven by Playwright. Playwright never downloads a browser of its own (it only
 * unpacks its Node driver from its jar).
 */
final class Chromium {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final String REQUIRE_BROWSER = "GT_REQUIRE_BROWSER";

  /** Headless, as root, and silent: no calls home, no updates, nothing on a closed network. */
  static final List<String> ARGUMENTS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private Chromium() {}

  /**
   * Returns if chromium is there. If not, the browser tests are skipped, or fail where they are
   * required ({@code GT_REQUIRE_BROWSER=true}, as in CI).
   */
  static void checkAvailable() {
    checkAvailable(EXECUTABLE, Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER)));
  }

  static void checkAvailable(Path executable, boolean required) {
    if (Files.isExecutable(executable)) {
      return;
    }
    if (required) {
      throw new IllegalStateException(
          "Browser tests are required ("
              + REQUIRE_BROWSER
              + "=true) but "
              + executable
              + " was not found: install it with 'apt-get install -y chromium'");
    }
    throw new TestAbortedException(
        "Browser tests skipped: "
            + executable
            + " not found (set "
            + REQUIRE_BROWSER
            + "=true to require it)");
  }

  /** Starts Playwright's driver and chromium; closing the result stops both. */
  static Running launch() {
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setArgs(ARGUMENTS));
      return new Running(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** Playwright and its browser, used from the one thread that created them. */
  record Running(Playwright playwright, Browser browser) implements AutoCloseable {

    @Override
    public void close() {
      playwright.close();
    }
  }
}
