package org.goldenthread.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * What the browser showed when a test failed: a screenshot and the HTML, for the person fixing it.
 */
final class FailureScreenshots {

  static final Path DIRECTORY = Path.of("target", "browser-failures");

  private FailureScreenshots() {}

  /**
   * Saves the page beside the failure and notes where on the failure itself, which is returned to
   * be rethrown. Saving never hides the failure.
   */
  static Throwable attach(ExtensionContext context, Page page, Throwable failure) {
    if (page == null || page.isClosed() || failure instanceof TestAbortedException) {
      return failure;
    }
    try {
      Path screenshot = save(page, DIRECTORY, name(context));
      failure.addSuppressed(
          new Evidence(
              "Browser failure: screenshot in "
                  + screenshot.toAbsolutePath()
                  + " (the page was "
                  + page.url()
                  + ")"));
    } catch (RuntimeException | IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Saves a full-page screenshot as {@code <name>.png} and the HTML as {@code <name>.html}. */
  static Path save(Page page, Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    Path screenshot = directory.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
    Files.writeString(directory.resolve(name + ".html"), page.content());
    return screenshot;
  }

  private static String name(ExtensionContext context) {
    String method = context.getTestMethod().map(m -> m.getName()).orElse("");
    String name = context.getRequiredTestClass().getSimpleName() + "." + method;
    String display = context.getDisplayName();
    if (!display.equals(method + "()")) {
      name = name + "-" + display; // a parameterised test: which invocation
    }
    return name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
  }

  /** Not an error: where to look. Shown with the failure's stack trace. */
  static final class Evidence extends RuntimeException {
    Evidence(String message) {
      super(message, null, false, false);
    }
  }
}
