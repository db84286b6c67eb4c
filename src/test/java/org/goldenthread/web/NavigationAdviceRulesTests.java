package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.ui.ExtendedModelMap;

/** What {@link NavigationAdvice} puts in the model, without Spring. */
class NavigationAdviceRulesTests {

  @Test
  void withoutTheOutboxTheAdministratorHasNoOutboxLink() {
    var model = model(new NavigationAdvice(false), admin(), "/");

    assertThat(hrefs(model)).doesNotContain("/admin/outbox").contains("/admin/audit");
    assertThat(model.get("mailOutboxEnabled")).isEqualTo(false);
  }

  @Test
  void anAnonymousTokenIsSignedOut() {
    var anonymous =
        new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    var model = model(new NavigationAdvice(true), anonymous, "/sign-in");

    assertThat(model.get("signedIn")).isEqualTo(false);
    assertThat(model.get("signedInName")).isNull();
    assertThat(items(model))
        .containsExactly(new NavigationItem("/sign-in", "layout.nav.sign-in", true, true));
  }

  @Test
  void theNameIsTheAuthenticationNameWhenThePrincipalHasNoDisplayName() {
    var model = model(new NavigationAdvice(true), admin(), "/admin/audit");

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
    var model = model(new NavigationAdvice(true), admin(), "/");

    for (NavigationItem item : items(model)) {
      assertThat(messages).containsKey(item.textKey());
    }
    assertThat(messages).containsKeys("layout.nav.sign-in", "layout.nav.sign-out");
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
