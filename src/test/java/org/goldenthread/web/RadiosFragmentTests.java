package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class RadiosFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void eachRadioHasItsOwnLabelAndTheFirstTakesTheFieldId() throws Exception {
    Document page = FragmentPages.show(mvc, "radios");

    Elements radios = page.select("input.govuk-radios__input[name=contactMethod]");
    assertThat(radios.eachAttr("id"))
        .containsExactly("contactMethod", "contactMethod-2", "contactMethod-4");
    assertThat(radios.eachAttr("value")).containsExactly("email", "phone", "post");
    assertThat(radios.eachAttr("type")).containsOnly("radio");
    for (Element radio : radios) {
      Element label = radio.nextElementSibling();
      assertThat(label.tagName()).isEqualTo("label");
      assertThat(label.attr("for")).isEqualTo(radio.id());
    }
    assertThat(page.select("label[for=contactMethod-2]").text()).isEqualTo("Phone");
    assertThat(page.select(".govuk-radios__divider").text()).isEqualTo("or");
    assertThat(radios.select("[checked]")).isEmpty();
  }

  @Test
  void legendHintAndItemHintsAreDescribed() throws Exception {
    Document page = FragmentPages.show(mvc, "radios");

    Element fieldset = page.getElementById("contactMethod").closest("fieldset.govuk-fieldset");
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("contactMethod-hint");
    assertThat(page.getElementById("contactMethod-hint").text()).isEqualTo("Choose one");
    Element heading = fieldset.selectFirst("legend.govuk-fieldset__legend--l > h1");
    assertThat(heading.hasClass("govuk-fieldset__heading")).isTrue();
    assertThat(heading.text()).isEqualTo("How should we contact you?");
    Element email = page.getElementById("contactMethod");
    assertThat(email.attr("aria-describedby")).isEqualTo("contactMethod-item-hint");
    assertThat(page.getElementById("contactMethod-item-hint").text())
        .isEqualTo("We reply within 2 working days");
    assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    assertThat(page.selectFirst(".govuk-radios").attr("data-module")).isEqualTo("govuk-radios");
  }

  @Test
  void textsCanComeFromMessagesByValue() throws Exception {
    Document page = FragmentPages.show(mvc, "radios");

    assertThat(page.selectFirst("label[for=yearGroup]").text()).isEqualTo("Reception");
    assertThat(page.getElementById("yearGroup-item-hint").text()).isEqualTo("Children aged 4 to 5");
    assertThat(page.selectFirst("label[for=yearGroup-2]").text()).isEqualTo("Year 1");
    assertThat(page.getElementById("yearGroup-2").hasAttr("aria-describedby")).isFalse();
    assertThat(page.getElementById("yearGroup").closest(".govuk-radios").classNames())
        .contains("govuk-radios--inline");
  }

  @Test
  void noChoiceIsAnErrorLinkedToTheFirstRadio() throws Exception {
    Document page = FragmentPages.submit(mvc, "radios", "yearGroup", "R");

    Element fieldset = page.getElementById("contactMethod").closest("fieldset");
    assertThat(fieldset.parent().hasClass("govuk-form-group--error")).isTrue();
    assertThat(fieldset.attr("aria-describedby"))
        .isEqualTo("contactMethod-hint contactMethod-error");
    assertThat(page.getElementById("contactMethod-error").text())
        .isEqualTo("Error: Select how to contact you");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#contactMethod]").text())
        .isEqualTo("Select how to contact you");
  }

  @Test
  void theChoiceStaysSelectedAfterAnError() throws Exception {
    Document page = FragmentPages.submit(mvc, "radios", "contactMethod", "phone", "yearGroup", "1");

    assertThat(page.select("input[name=contactMethod][checked]").eachAttr("value"))
        .containsExactly("phone");
    assertThat(page.select("input[name=yearGroup][checked]").eachAttr("value"))
        .containsExactly("1");
    assertThat(page.select(".govuk-error-summary")).isNotEmpty();
    assertThat(page.getElementById("contactMethod-error")).isNull();
  }
}
