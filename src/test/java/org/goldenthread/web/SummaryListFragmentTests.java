package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class SummaryListFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void rowsWithKeysValuesAndActions() throws Exception {
    Document page = FragmentPages.show(mvc, "summary-list");

    Element list = page.select("dl.govuk-summary-list").get(0);
    Elements rows = list.select(".govuk-summary-list__row");
    assertThat(rows.eachText().size()).isEqualTo(3);
    assertThat(list.select("dt.govuk-summary-list__key").eachText())
        .containsExactly("Name", "Address", "School");
    assertThat(rows.get(0).selectFirst("dd.govuk-summary-list__value").text())
        .isEqualTo("Sam <Patel>");
    Element change = rows.get(0).selectFirst("dd.govuk-summary-list__actions a.govuk-link");
    assertThat(change.attr("href")).isEqualTo("/child/name");
    assertThat(change.text()).isEqualTo("Change name");
    assertThat(change.selectFirst(".govuk-visually-hidden").text()).isEqualTo("name");
  }

  @Test
  void rowsWithoutActionsAreMarkedWhenOthersHaveThem() throws Exception {
    Document page = FragmentPages.show(mvc, "summary-list");

    Elements rows = page.select("dl.govuk-summary-list").get(0).select(".govuk-summary-list__row");
    assertThat(rows.get(0).hasClass("govuk-summary-list__row--no-actions")).isFalse();
    assertThat(rows.get(1).hasClass("govuk-summary-list__row--no-actions")).isTrue();
    Element plain = page.select("dl.govuk-summary-list").get(1);
    assertThat(plain.hasClass("govuk-summary-list--no-border")).isTrue();
    assertThat(plain.select(".govuk-summary-list__row--no-actions")).isEmpty();
    assertThat(plain.select(".govuk-summary-list__actions")).isEmpty();
  }

  @Test
  void eachLineOfAValueIsShownOnItsOwnLine() throws Exception {
    Document page = FragmentPages.show(mvc, "summary-list");

    Element address = page.select(".govuk-summary-list__value").get(1);
    assertThat(address.select("br")).hasSize(2);
    assertThat(address.textNodes().stream().map(node -> node.text().strip()))
        .containsExactly("1 High Street", "Leeds", "LS1 1AA");
    assertThat(page.select(".govuk-summary-list__value").get(2).text()).isEmpty();
  }
}
