package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The accessibility, privacy and cookies pages, as someone who is not signed in sees them. The
 * security filters are off here: which paths are open is the security configuration's concern.
 */
@WebMvcTest(controllers = SitePagesController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ApplicationNavigation.class)
class SitePagesTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"/accessibility", "/privacy", "/cookies"})
  void everySitePageHasTheLayout(String path) throws Exception {
    PageChecks.assertLayout(page(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/accessibility", "/privacy", "/cookies"})
  void someoneSignedOutIsOfferedOnlySignIn(String path) throws Exception {
    Document page = page(path);

    assertThat(page.select(".govuk-service-navigation__link").eachAttr("href"))
        .containsExactly("/sign-in");
    assertThat(page.select(".govuk-service-navigation__link").text()).isEqualTo("Sign in");
    assertThat(page.select("form[action=/sign-out], .app-signed-in")).isEmpty();
    assertThat(page.select(".govuk-service-navigation__toggle")).isEmpty();
  }

  @Test
  void theAccessibilityStatement() throws Exception {
    Document page = page("/accessibility");

    assertThat(page.title()).isEqualTo("Accessibility statement – Golden Thread");
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("Accessibility statement for Golden Thread");
    assertThat(page.text())
        .contains("WCAG) version 2.2 at level AA")
        .contains("axe accessibility checker")
        .contains("using only a keyboard")
        .contains("screen readers")
        .contains("Equality and Human Rights Commission")
        .contains("Equality Advisory and Support Service");
    assertThat(page.select("main a").eachAttr("href"))
        .contains("mailto:help@goldenthread.example", "https://www.equalityadvisoryservice.com/");
  }

  @Test
  void thePrivacyNotice() throws Exception {
    Document page = page("/privacy");

    assertThat(page.title()).isEqualTo("Privacy notice – Golden Thread");
    assertThat(page.select("main h2").eachText())
        .contains(
            "What we hold",
            "Why we can use the information",
            "Who can see what",
            "Every look and every change is recorded",
            "How long information is kept",
            "Your rights",
            "Contact us");
    assertThat(page.text())
        .contains("special category data")
        .contains("Article 9(2)(g)")
        .contains("because of their relationship with that child")
        .contains("who has looked at their child’s record")
        .contains("subject access request");
    assertThat(page.select("main a").eachAttr("href"))
        .contains("mailto:help@goldenthread.example", "https://ico.org.uk/make-a-complaint/");
  }

  @Test
  void theCookiesPageListsTheSessionAndLanguageCookiesOnly() throws Exception {
    Document page = page("/cookies");

    assertThat(page.title()).isEqualTo("Cookies – Golden Thread");
    assertThat(page.select("main .govuk-summary-card__title").eachText())
        .containsExactly("JSESSIONID", "language");
    assertThat(page.select("main .govuk-summary-list__key").eachText())
        .containsExactly("Purpose", "Expires", "Purpose", "Expires");
    assertThat(page.text()).contains("remember the language you chose");
    assertThat(page.text()).contains("cross-site request forgery").contains("Google Analytics");
  }

  @Test
  void theSitePagesAreHtmlInUtf8() throws Exception {
    mvc.perform(get("/privacy"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andExpect(content().encoding("UTF-8"));
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
