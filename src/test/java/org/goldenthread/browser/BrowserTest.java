package org.goldenthread.browser;

import com.microsoft.playwright.Page;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of a browser journey: the whole application on a random port and a real PostgreSQL
 * ({@link IntegrationTest}), and a fresh {@link #page} in chromium for each test, whose relative
 * URLs go to the application. A journey is a person's whole task, through the real pages, as they
 * would do it (by labels and roles, not CSS classes), and ends with {@link
 * Axe#assertNoViolations(Page)}:
 *
 * <pre>
 * import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
 *
 * class SignInJourneyTests extends BrowserTest {
 *
 *   &#64;Test
 *   void aParentSignsInAndSeesTheirChildren() {
 *     page.navigate("/sign-in");
 *     page.getByLabel("Email address").fill("parent@example.org");
 *     page.getByLabel("Password").fill("a long and memorable password");
 *     page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
 *     assertThat(page.getByRole(AriaRole.HEADING)).hasText("Your children");
 *     Axe.assertNoViolations(page);
 *   }
 * }
 * </pre>
 *
 * <p>Without chromium the journeys are skipped (or fail in CI); a failing one leaves a screenshot
 * in {@code target/browser-failures/}. See {@link BrowserExtension}.
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
