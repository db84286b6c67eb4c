package org.goldenthread.browser;

import com.microsoft.playwright.Page;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of a browser journey: the whole application on a random port and a real PostgreSQL
 * ({@link IntegrationTest}), and a fresh {@link #page} in chromium for each test, whose relative
 * URLs go to the application. End each journey with {@link Axe#assertNoViolations(Page)}.
 *
 * @see BrowserExtension
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTest {

  /** This test's page, in a browser context of its own (no cookies, no storage). */
  protected Page page;

  @BeforeEach
  protected final void usePage(Page page) {
    this.page = page;
  }
}
