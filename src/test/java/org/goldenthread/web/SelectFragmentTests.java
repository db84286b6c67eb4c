package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class SelectFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void labelHintAndOptions() throws Exception {
    Document page = FragmentPages.show(mvc, "select");

    Element select = page.getElementById("yearGroup");
    assertThat(select.tagName()).isEqualTo("select");
    assertThat(select.attr("name")).isEqualTo("yearGroup");
    assertThat(select.hasClass("govuk-select")).isTrue();
    assertThat(select.attr("aria-describedby")).isEqualTo("yearGroup-hint");
    assertThat(page.selectFirst("label.govuk-label[for=yearGroup]").text()).isEqualTo("Year group");
    assertThat(select.select("option").eachAttr("value")).containsExactly("", "R", "1", "2");
    assertThat(select.select("option").eachText())
        .containsExactly("Choose a year group", "Reception", "Year 1", "Year 2");
    // The new form's empty value picks the placeholder.
    assertThat(select.select("option[selected]").eachAttr("value")).containsExactly("");
  }

  @Test
  void noChoiceIsAnErrorLinkedToTheSelect() throws Exception {
    Document page = FragmentPages.submit(mvc, "select", "yearGroup", "");

    Element select = page.getElementById("yearGroup");
    assertThat(select.hasClass("govuk-select--error")).isTrue();
    assertThat(select.closest(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
    assertThat(select.attr("aria-describedby")).isEqualTo("yearGroup-hint yearGroup-error");
    assertThat(page.getElementById("yearGroup-error").text())
        .isEqualTo("Error: Select a year group");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#yearGroup]")).isNotNull();
  }

  @Test
  void theChoiceStaysSelectedAfterAnError() throws Exception {
    Document page = FragmentPages.submit(mvc, "select", "yearGroup", "2");

    assertThat(page.select("#yearGroup option[selected]").eachAttr("value")).containsExactly("2");
    assertThat(page.select(".govuk-error-summary")).isNotEmpty();
    assertThat(page.getElementById("yearGroup-error")).isNull();
  }
}
