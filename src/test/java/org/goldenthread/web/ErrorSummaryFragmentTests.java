package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class ErrorSummaryFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void thereIsNoSummaryWithoutErrors() throws Exception {
    Document page = FragmentPages.show(mvc, "error-summary");

    assertThat(page.select(".govuk-error-summary")).isEmpty();
  }

  @Test
  void theSummaryIsAnAlertThatTheGovukScriptFocuses() throws Exception {
    Document page = FragmentPages.submit(mvc, "error-summary");

    Element summary = page.selectFirst(".govuk-error-summary");
    assertThat(summary.attr("data-module")).isEqualTo("govuk-error-summary");
    assertThat(summary.select("[role=alert]")).hasSize(1);
    assertThat(summary.selectFirst("h2.govuk-error-summary__title").text())
        .isEqualTo("There is a problem");
    assertThat(summary.selectFirst(".govuk-error-summary__body > p").text())
        .isEqualTo("Check the answers below");
  }

  @Test
  void everyFieldErrorLinksToItsFieldInPageOrder() throws Exception {
    Document page = FragmentPages.submit(mvc, "error-summary");

    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly(
            "#fullName",
            "#dateOfBirth.day",
            "#contactMethod",
            "#needs",
            "#description",
            "#yearGroup");
    for (Element link : page.select(".govuk-error-summary__list a")) {
      Element target = page.getElementById(link.attr("href").substring(1));
      assertThat(target).as(link.attr("href")).isNotNull();
      assertThat(target.tagName()).isIn("input", "textarea", "select");
    }
    assertThat(page.selectFirst("a[href=#dateOfBirth.day]").text())
        .isEqualTo("Enter your date of birth");
  }

  @Test
  void globalErrorsComeFirstWithoutALink() throws Exception {
    Document page =
        FragmentPages.submit(mvc, "error-summary", "email", "<b>wrong!</b>", "fullName", "Sam");

    Element first = page.selectFirst(".govuk-error-summary__list > li");
    assertThat(first.text()).isEqualTo("Something about the whole form is wrong");
    assertThat(first.select("a")).isEmpty();
    assertThat(page.getElementById("email").val()).isEqualTo("<b>wrong!</b>");
    assertThat(page.select(".govuk-error-summary b")).isEmpty();
    assertThat(page.select(".govuk-error-summary__list a[href=#fullName]")).isEmpty();
  }
}
