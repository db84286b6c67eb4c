package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class NotificationBannerFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void aSuccessBannerIsAnAlert() throws Exception {
    Document page = FragmentPages.show(mvc, "notification-banner");

    Element banner = page.select(".govuk-notification-banner").get(0);
    assertThat(banner.hasClass("govuk-notification-banner--success")).isTrue();
    assertThat(banner.attr("role")).isEqualTo("alert");
    assertThat(banner.attr("data-module")).isEqualTo("govuk-notification-banner");
    assertThat(banner.attr("aria-labelledby")).isEqualTo("saved-title");
    assertThat(banner.getElementById("saved-title").text()).isEqualTo("Success");
    assertThat(banner.selectFirst(".govuk-notification-banner__heading").text())
        .isEqualTo("Meeting saved");
  }

  @Test
  void anImportantBannerIsARegionWithMoreContent() throws Exception {
    Document page = FragmentPages.show(mvc, "notification-banner");

    Element banner = page.select(".govuk-notification-banner").get(1);
    assertThat(banner.classNames()).containsExactly("govuk-notification-banner");
    assertThat(banner.attr("role")).isEqualTo("region");
    assertThat(banner.attr("aria-labelledby")).isEqualTo("govuk-notification-banner-title");
    assertThat(banner.getElementById("govuk-notification-banner-title").text())
        .isEqualTo("Important");
    assertThat(banner.selectFirst(".govuk-notification-banner__heading").text())
        .isEqualTo("The review is due <soon>");
    assertThat(banner.select(".govuk-notification-banner__content #review-detail").text())
        .isEqualTo("Book it before 3 March.");
    assertThat(page.select("#review-detail")).hasSize(1);
  }
}
