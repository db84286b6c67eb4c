package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A capability adds links to the navigation by providing a {@link NavigationContributor} bean,
 * without any change here: the layout shows them after Home, in the order of their beans, not the
 * order they were registered in.
 */
@WebMvcTest(controllers = SitePagesController.class)
@Import({NavigationContributionsTests.Later.class, NavigationContributionsTests.Earlier.class})
class NavigationContributionsTests {

  @Autowired MockMvc mvc;

  @Test
  @WithMockUser(roles = "SENCO")
  void everyContributionComesAfterHomeInTheOrderOfItsBean() throws Exception {
    Document page = page("/cookies");

    assertThat(page.select(".govuk-service-navigation__link").eachAttr("href"))
        .containsExactly("/", "/accessibility", "/privacy");
    assertThat(page.select(".govuk-service-navigation__link").eachText())
        .containsExactly("Home", "Accessibility statement", "Privacy notice");
  }

  @Test
  @WithMockUser(roles = "PARENT")
  void aContributorDecidesWhoGetsItsLinks() throws Exception {
    assertThat(page("/cookies").select(".govuk-service-navigation__link").eachAttr("href"))
        .containsExactly("/", "/accessibility");
  }

  @Test
  @WithMockUser(roles = "SENCO")
  void aContributedLinkIsMarkedOnItsPage() throws Exception {
    Document page = page("/privacy");

    assertThat(page.selectFirst("a[href=/privacy]").attr("aria-current")).isEqualTo("page");
    assertThat(page.select(".govuk-service-navigation [aria-current]")).hasSize(1);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** A capability's link for everyone signed in. */
  @TestComponent
  @Order(1)
  static class Earlier implements NavigationContributor {
    @Override
    public List<NavigationLink> linksFor(Viewer viewer) {
      return List.of(new NavigationLink("/accessibility", "layout.footer.accessibility"));
    }
  }

  /** Another capability's link, for SENCOs only. */
  @TestComponent
  @Order(2)
  static class Later implements NavigationContributor {
    @Override
    public List<NavigationLink> linksFor(Viewer viewer) {
      return viewer.has("ROLE_SENCO")
          ? List.of(new NavigationLink("/privacy", "layout.footer.privacy"))
          : List.of();
    }
  }
}
