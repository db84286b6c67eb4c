package org.goldenthread.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Real-browser tests against the application of a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)}: one chromium for the whole test run, and for each test a fresh {@link
 * BrowserContext} (no cookies, no storage) with one {@link Page} whose base URL is the server, so
 * that {@code page.navigate("/sign-in")} works. Tests receive them as parameters (or extend {@link
 * BrowserTest}).
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped, or fail when {@code
 * GT_REQUIRE_BROWSER=true}. When a test fails, a screenshot and the HTML of the page are saved in
 * {@code target/browser-failures/}.
 *
 * <p>Playwright objects belong to the thread that created them: keep browser tests sequential, and
 * do not use {@code @Timeout} with a separate thread. Keep the default lifecycle (a test instance
 * per method), so that the skip is reported for each test.
 */
public final class BrowserExtension
    implements TestInstancePreConstructCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);
  private static final double TIMEOUT_MILLIS = 15_000;

  /**
   * Before the test instance exists, and so before Spring starts the application for it: without
   * chromium each test is skipped (an assumption), or fails where browser tests are required. Per
   * test, not per class, because Maven's report shows nothing at all for a skipped class.
   */
  @Override
  public void preConstructTestInstance(
      TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    try {
      Chromium.checkAvailable();
    } catch (TestAbortedException skipped) {
      context
          .getRoot()
          .getStore(NAMESPACE)
          .computeIfAbsent(
              "skip-warning",
              key -> {
                System.err.println("WARNING: " + skipped.getMessage());
                return Boolean.TRUE;
              });
      throw skipped;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    int port =
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class);
    BrowserContext browserContext =
        browser(context)
            .newContext(
                new Browser.NewContextOptions()
                    .setBaseURL("http://localhost:" + port)
                    .setLocale("en-GB")
                    .setTimezoneId("Europe/London")
                    .setViewportSize(1280, 900));
    browserContext.setDefaultTimeout(TIMEOUT_MILLIS);
    browserContext.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
    Store store = context.getStore(NAMESPACE);
    store.put(BrowserContext.class, browserContext);
    store.put(Page.class, browserContext.newPage());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Store store = context.getStore(NAMESPACE);
    store.remove(Page.class);
    BrowserContext browserContext = store.remove(BrowserContext.class, BrowserContext.class);
    if (browserContext != null) {
      browserContext.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Page.class || type == BrowserContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    Object resolved = context.getStore(NAMESPACE).get(type);
    if (resolved == null) {
      throw new IllegalStateException(
          type.getSimpleName() + " is only available to a test and its @BeforeEach/@AfterEach");
    }
    return resolved;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw FailureScreenshots.attach(context, page(context), failure);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw FailureScreenshots.attach(context, page(context), failure);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw FailureScreenshots.attach(context, page(context), failure);
  }

  private static Page page(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Page.class, Page.class);
  }

  /** One Playwright and chromium for the whole run, closed when the run ends. */
  private static Browser browser(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(Chromium.Running.class, type -> Chromium.launch(), Chromium.Running.class)
        .browser();
  }
}
