package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class ButtonFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void aSubmitButton() throws Exception {
    Document page = FragmentPages.show(mvc, "button");

    Element save = page.selectFirst("button:contains(Save and continue)");
    assertThat(save.attr("type")).isEqualTo("submit");
    assertThat(save.classNames()).containsExactly("govuk-button");
    assertThat(save.attr("data-module")).isEqualTo("govuk-button");
    assertThat(save.attr("name")).isEqualTo("action");
    assertThat(save.attr("value")).isEqualTo("save");
    assertThat(save.attr("data-prevent-double-click")).isEqualTo("true");
    assertThat(save.hasAttr("disabled")).isFalse();
  }

  @Test
  void aSecondaryButtonWithoutNameOrValue() throws Exception {
    Document page = FragmentPages.show(mvc, "button");

    Element cancel = page.getElementById("cancel");
    assertThat(cancel.text()).isEqualTo("Cancel & go back");
    assertThat(cancel.attr("type")).isEqualTo("button");
    assertThat(cancel.classNames()).containsExactly("govuk-button", "govuk-button--secondary");
    assertThat(cancel.hasAttr("name")).isFalse();
    assertThat(cancel.hasAttr("value")).isFalse();
    assertThat(cancel.hasAttr("data-prevent-double-click")).isFalse();
  }

  @Test
  void aStartButtonIsALink() throws Exception {
    Document page = FragmentPages.show(mvc, "button");

    Element start = page.selectFirst("a.govuk-button");
    assertThat(start.attr("href")).isEqualTo("/start");
    assertThat(start.attr("role")).isEqualTo("button");
    assertThat(start.attr("draggable")).isEqualTo("false");
    assertThat(start.hasClass("govuk-button--start")).isTrue();
    assertThat(start.text()).isEqualTo("Start now");
    Element icon = start.selectFirst("svg.govuk-button__start-icon");
    assertThat(icon.attr("aria-hidden")).isEqualTo("true");
    assertThat(icon.attr("focusable")).isEqualTo("false");
  }
}
