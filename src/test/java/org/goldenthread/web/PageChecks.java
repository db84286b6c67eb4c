package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that every page made with the layout passes, whatever its content. */
final class PageChecks {

  private PageChecks() {}

  /** The GOV.UK template structure, our header and footer, and nothing the CSP would block. */
  static void assertLayout(Document page) {
    Element html = page.selectFirst("html");
    assertThat(html.attr("lang")).isEqualTo("en");
    assertThat(html.hasClass("govuk-template")).isTrue();
    assertThat(page.title()).endsWith(" – Golden Thread");
    assertThat(page.body().hasClass("govuk-template__body")).isTrue();

    Element first = page.body().child(0);
    assertThat(first.tagName()).isEqualTo("script");
    assertThat(first.attr("src")).isEqualTo("/js/init.js");
    Element skipLink = page.body().child(1);
    assertThat(skipLink.hasClass("govuk-skip-link")).isTrue();
    assertThat(skipLink.attr("href")).isEqualTo("#main-content");
    assertThat(skipLink.text()).isEqualTo("Skip to main content");
    Element main = page.getElementById("main-content");
    assertThat(main.tagName()).isEqualTo("main");
    assertThat(main.hasClass("govuk-main-wrapper")).isTrue();
    assertThat(main.parent().hasClass("govuk-width-container")).isTrue();
    assertThat(main.select("h1")).hasSize(1);

    Element productName = page.selectFirst("header .govuk-generic-header__homepage-link");
    assertThat(productName.attr("href")).isEqualTo("/");
    assertThat(productName.text()).isEqualTo("Golden Thread");
    assertThat(page.select("header svg, header img, .govuk-footer svg")).as("no crown").isEmpty();
    assertThat(page.select("footer .govuk-footer__inline-list a").eachAttr("href"))
        .containsExactly(
            "/deadlines/calculator",
            "/guidance",
            "/glossary",
            "/accessibility",
            "/privacy",
            "/cookies");

    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/css/application.css");
    assertThat(page.select("script[type=module]").eachAttr("src"))
        .containsExactly("/js/application.mjs");
    assertNothingInline(page);
    assertThat(page.text()).as("unresolved message keys").doesNotContain("??");
  }

  /** No inline script, inline style or event handler attribute: the CSP would block them. */
  static void assertNothingInline(Document page) {
    for (Element script : page.select("script")) {
      assertThat(script.hasAttr("src")).as("script without src").isTrue();
      assertThat(script.data()).as("script with a body").isBlank();
    }
    assertThat(page.select("style")).as("<style> elements").isEmpty();
    assertThat(page.select("[style]")).as("style attributes").isEmpty();
    assertThat(page.select("[^on]")).as("event handler attributes").isEmpty();
  }
}
