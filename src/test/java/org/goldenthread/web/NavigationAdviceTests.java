package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;

/** The navigation each signed-in person gets, rendered in the layout with security on. */
@WebMvcTest(controllers = SitePagesController.class)
@Import({ApplicationNavigation.class, NavigationAdviceTests.SomePagesController.class})
class NavigationAdviceTests {

  @Autowired MockMvc mvc;

  @Test
  @WithMockUser(username = "sam@example.org", roles = "PARENT")
  void someoneSignedInGetsHomeTheirAccountAndSignOut() throws Exception {
    Document page = page(get("/cookies"));

    assertThat(links(page)).containsExactly("/", "/directory", "/account");
    assertThat(page.select(".govuk-service-navigation__link").eachText())
        .containsExactly("Home", "Help and support", "Your account");
    Element signOut = page.selectFirst("form[action=/sign-out]");
    assertThat(signOut.attr("method")).isEqualTo("post");
    assertThat(signOut.selectFirst("input[type=hidden][name=_csrf]").val()).isNotBlank();
    assertThat(signOut.selectFirst("button[type=submit]").text()).isEqualTo("Sign out");
    assertThat(page.selectFirst(".app-signed-in__name").text())
        .isEqualTo("Signed in as sam@example.org");
    PageChecks.assertLayout(page);
  }

  @Test
  @WithMockUser(roles = "SENCO")
  void peopleWhoWorkWithManyChildrenGetTheListOfThemOfTheirDeadlinesAndTheSchoolsDays()
      throws Exception {
    assertThat(links(page(get("/cookies"))))
        .containsExactly(
            "/", "/children", "/caseload", "/deadlines", "/directory", "/school-days", "/account");
  }

  @Test
  @WithMockUser(roles = "PLATFORM_ADMIN")
  void aPlatformAdministratorAlsoGetsTheAdministrationPages() throws Exception {
    Document page = page(get("/cookies"));

    assertThat(links(page))
        .containsExactly(
            "/",
            "/directory",
            "/admin/organisations",
            "/admin/invitations/new",
            "/admin/audit",
            "/admin/bank-holidays",
            "/admin/glossary",
            "/admin/outbox",
            "/admin/retention",
            "/account");
    assertThat(page.select(".govuk-service-navigation__link").eachText())
        .containsExactly(
            "Home",
            "Help and support",
            "Organisations",
            "Invite someone",
            "Audit log",
            "Bank holidays",
            "Glossary",
            "Outbox",
            "Retention",
            "Your account");
    Element menu = page.selectFirst("button.govuk-service-navigation__toggle");
    assertThat(menu.attr("aria-controls")).isEqualTo("navigation");
    assertThat(page.getElementById("navigation").tagName()).isEqualTo("ul");
  }

  @Test
  @WithMockUser
  void theCurrentPageIsMarked() throws Exception {
    Document page = page(get("/account"));

    Element account = page.selectFirst("a[href=/account]");
    assertThat(account.attr("aria-current")).isEqualTo("page");
    assertThat(account.parent().hasClass("govuk-service-navigation__item--active")).isTrue();
    assertThat(account.selectFirst("strong.govuk-service-navigation__active-fallback").text())
        .isEqualTo("Your account");
    Element home = page.selectFirst(".govuk-service-navigation__list a[href=/]");
    assertThat(home.hasAttr("aria-current")).isFalse();
    assertThat(home.parent().hasClass("govuk-service-navigation__item--active")).isFalse();
  }

  @Test
  @WithMockUser(roles = "PLATFORM_ADMIN")
  void aPageWithinASectionMarksTheSection() throws Exception {
    Document page = page(get("/admin/organisations/42"));

    assertThat(page.selectFirst("a[href=/admin/organisations]").attr("aria-current"))
        .isEqualTo("true");
    assertThat(page.select(".govuk-service-navigation [aria-current]")).hasSize(1);
  }

  @Test
  void theNameComesFromADisplayNamedPrincipal() throws Exception {
    var principal = new Person("sam@example.org", "Sam <Patel>");
    var signedIn =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, AuthorityUtils.createAuthorityList("ROLE_SENCO"));

    Document page = page(get("/cookies").with(authentication(signedIn)));

    assertThat(page.selectFirst(".app-signed-in__name strong").text()).isEqualTo("Sam <Patel>");
    assertThat(page.select("patel")).isEmpty();
  }

  @Test
  @WithMockUser(username = "sam@example.org", roles = "PROFESSIONAL")
  void anErrorPageKeepsTheNavigationAndSignOut() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/children/42"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(links(page)).containsExactly("/", "/children", "/directory", "/account");
    assertThat(page.selectFirst("form[action=/sign-out] button[type=submit]").text())
        .isEqualTo("Sign out");
    assertThat(page.selectFirst(".app-signed-in__name").text())
        .isEqualTo("Signed in as sam@example.org");
    PageChecks.assertLayout(page);
  }

  @Test
  @WithMockUser(username = "sam@example.org", roles = "SENCO")
  void anUnexpectedErrorShowsTheProblemPageWithWhereToGetHelpAndNoDetail() throws Exception {
    String html =
        mvc.perform(get("/broken"))
            .andExpect(status().isInternalServerError())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("a[href=mailto:help@goldenthread.example]")).isNotEmpty();
    assertThat(html).doesNotContain("secret detail", "IllegalStateException");
    assertThat(page.selectFirst("form[action=/sign-out]")).isNotNull();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static List<String> links(Document page) {
    return page.select(".govuk-service-navigation__list a").eachAttr("href");
  }

  record Person(String email, String name) implements DisplayNamed {
    @Override
    public String displayName() {
      return name;
    }

    @Override
    public String toString() {
      return email;
    }
  }

  /** Stand-ins for pages other capabilities will provide, to see the navigation mark them. */
  @TestComponent
  @Controller
  static class SomePagesController {

    @GetMapping({"/account", "/admin/organisations/{id}"})
    String page() {
      return SitePagesController.COOKIES_VIEW;
    }

    /** A page that fails. */
    @GetMapping("/broken")
    String broken() {
      throw new IllegalStateException("secret detail");
    }

    /** A record the person may not see, as the door answers it. */
    @GetMapping("/children/{id}")
    String notYours() {
      throw new ErrorResponseException(HttpStatus.NOT_FOUND);
    }
  }
}
