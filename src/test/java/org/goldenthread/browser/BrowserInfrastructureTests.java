package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Proves the browser test infrastructure on static pages that only the test suite serves: chromium
 * drives the application on its random port, and axe-core passes an accessible page and catches an
 * inaccessible one.
 */
class BrowserInfrastructureTests extends BrowserTest {

  @Test
  void aPersonAnswersAQuestionAndContinues() {
    page.navigate("/browser-check.html");
    assertThat(page).hasTitle("Is the browser working? – Browser check – Golden Thread");
    assertThat(page.locator(".govuk-header")).hasCSS("background-color", "rgb(11, 12, 12)");

    assertThat(page.getByText("The test suite opens this page")).isHidden();
    page.getByText("Why are we asking?").click();
    assertThat(page.getByText("The test suite opens this page")).isVisible();
    Axe.assertNoViolations(page);

    page.getByLabel("Yes").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

    assertThat(page).hasURL(Pattern.compile("/browser-check-done\\.html\\?working=yes$"));
    assertThat(page.getByRole(AriaRole.HEADING)).hasText("Browser check complete");
    Axe.assertNoViolations(page);
  }

  @Test
  void theAccessibilityCheckCatchesAnImageWithoutAlternativeText() {
    page.navigate("/browser-check-inaccessible.html");

    List<Rule> violations = Axe.violations(page);
    assertThat(violations).extracting(Rule::getId).containsExactly("image-alt");
    assertThat(Axe.violationsInPageOnly(page)).extracting(Rule::getId).containsExactly("image-alt");

    assertThatThrownBy(() -> Axe.assertNoViolations(page))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 accessibility violation (WCAG 2.2 AA) on ")
        .hasMessageContaining("/browser-check-inaccessible.html")
        .hasMessageContaining("- image-alt [critical] Images must have alternative text")
        .hasMessageContaining("\n    #chart");
  }

  @Test
  void aFailureLeavesAScreenshotAndThePage(@TempDir Path failures) throws Exception {
    page.navigate("/browser-check.html");

    Path screenshot = FailureScreenshots.save(page, failures, "SomeJourneyTests.aStep");

    assertThat(screenshot).hasFileName("SomeJourneyTests.aStep.png");
    assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(failures.resolve("SomeJourneyTests.aStep.html"))
        .content()
        .contains("Is the browser working?");
  }

  /** Lets anyone see the test pages, whatever security the application has; this context only. */
  @TestConfiguration(proxyBeanMethods = false)
  static class TestPages {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain testPages(HttpSecurity http) throws Exception {
      return http.securityMatcher(
              "/browser-check.html",
              "/browser-check.css",
              "/browser-check-done.html",
              "/browser-check-inaccessible.html")
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .build();
    }
  }
}
