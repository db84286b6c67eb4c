package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.ui.ExtendedModelMap;

/**
 * What {@link NavigationAdvice} puts in the model, without Spring MVC: the application's
 * contributors come from a small context of their own, and reach the advice unsorted.
 */
class NavigationAdviceRulesTests {

  @Test
  void withoutTheOutboxTheAdministratorHasNoOutboxLink() {
    var model = model(advice(false), admin(), "/");

    assertThat(hrefs(model)).doesNotContain("/admin/outbox").contains("/admin/audit");
  }

  @Test
  void anAnonymousTokenIsSignedOut() {
    var anonymous =
        new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    var model = model(advice(true), anonymous, "/sign-in");

    assertThat(model.get("signedIn")).isEqualTo(false);
    assertThat(model.get("signedInName")).isNull();
    assertThat(items(model))
        .containsExactly(new NavigationItem("/sign-in", "layout.nav.sign-in", true, true));
  }

  @Test
  void theNameIsTheAuthenticationNameWhenThePrincipalHasNoDisplayName() {
    var model = model(advice(true), admin(), "/admin/audit");

    assertThat(model.get("signedIn")).isEqualTo(true);
    assertThat(model.get("signedInName")).isEqualTo("ada@example.org");
    assertThat(model.get("currentPath")).isEqualTo("/admin/audit");
  }

  @Test
  void homeIsCurrentOnlyOnTheHomePage() {
    assertThat(NavigationItem.of("/", "k", "/").ariaCurrent()).isEqualTo("page");
    assertThat(NavigationItem.of("/", "k", "/account").ariaCurrent()).isNull();
    assertThat(NavigationItem.of("/account", "k", "/account/email").ariaCurrent())
        .isEqualTo("true");
    assertThat(NavigationItem.of("/account", "k", "/accounts").ariaCurrent()).isNull();
  }

  @Test
  void everyNavigationTextIsInMessages() throws Exception {
    Properties messages = I18nPropertiesSyncTests.messages();
    var model = model(advice(true), admin(), "/");

    for (NavigationItem item : items(model)) {
      assertThat(messages).containsKey(item.textKey());
    }
    assertThat(messages).containsKeys("layout.nav.sign-in", "layout.nav.sign-out");
  }

  /** The advice over every contributor of the application, with the outbox on or off. */
  private static NavigationAdvice advice(boolean outboxEnabled) {
    try (var context = new AnnotationConfigApplicationContext()) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "outbox", Map.of("goldenthread.mail.outbox-enabled", outboxEnabled)));
      context.register(ApplicationNavigation.class);
      context.refresh();
      var contributors = context.getBeansOfType(NavigationContributor.class).values();
      return new NavigationAdvice(List.copyOf(contributors));
    }
  }

  private static TestingAuthenticationToken admin() {
    return new TestingAuthenticationToken("ada@example.org", null, "ROLE_PLATFORM_ADMIN");
  }

  private static ExtendedModelMap model(
      NavigationAdvice advice, java.security.Principal principal, String path) {
    var model = new ExtendedModelMap();
    var request = new MockHttpServletRequest("GET", path);
    advice.addNavigation(model, request, principal);
    return model;
  }

  @SuppressWarnings("unchecked")
  private static List<NavigationItem> items(ExtendedModelMap model) {
    return (List<NavigationItem>) model.get("navigation");
  }

  private static List<String> hrefs(ExtendedModelMap model) {
    return items(model).stream().map(NavigationItem::href).toList();
  }
}
