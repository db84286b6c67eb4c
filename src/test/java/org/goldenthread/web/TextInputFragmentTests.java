package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class TextInputFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void labelHintAndInputAreTiedTogether() throws Exception {
    Document page = FragmentPages.show(mvc, "text-input");

    Element input = page.getElementById("fullName");
    assertThat(input).isNotNull();
    assertThat(input.attr("name")).isEqualTo("fullName");
    assertThat(input.attr("type")).isEqualTo("text");
    assertThat(input.hasClass("govuk-input")).isTrue();
    assertThat(input.hasClass("govuk-input--error")).isFalse();
    assertThat(input.attr("autocomplete")).isEqualTo("name");
    assertThat(input.attr("spellcheck")).isEqualTo("false");
    assertThat(input.attr("aria-describedby")).isEqualTo("fullName-hint");
    assertThat(page.selectFirst("h1.govuk-label-wrapper > label.govuk-label--l[for=fullName]"))
        .isNotNull();
    assertThat(page.getElementById("fullName-hint").text())
        .isEqualTo("As it appears on the birth certificate");
    assertThat(page.select(".govuk-error-summary, .govuk-error-message")).isEmpty();
    assertThat(page.select(".govuk-form-group--error")).isEmpty();
  }

  @Test
  void typeClassesPrefixAndSuffix() throws Exception {
    Document page = FragmentPages.show(mvc, "text-input");

    Element input = page.getElementById("email");
    assertThat(input.attr("type")).isEqualTo("email");
    assertThat(input.hasClass("govuk-input--width-20")).isTrue();
    assertThat(input.hasAttr("aria-describedby")).isFalse();
    assertThat(input.hasAttr("autocomplete")).isFalse();
    Element wrapper = input.parent();
    assertThat(wrapper.hasClass("govuk-input__wrapper")).isTrue();
    assertThat(wrapper.selectFirst(".govuk-input__prefix").text()).isEqualTo("@");
    assertThat(wrapper.selectFirst(".govuk-input__suffix").text()).isEqualTo("(work)");
    assertThat(page.selectFirst("label[for=email]").text()).isEqualTo("Email address");
  }

  @Test
  void anErrorIsShownBesideTheFieldAndLinkedFromTheSummary() throws Exception {
    Document page = FragmentPages.submit(mvc, "text-input", "fullName", "", "email", "a@b.c");

    Element group = page.getElementById("fullName").closest(".govuk-form-group");
    assertThat(group.hasClass("govuk-form-group--error")).isTrue();
    Element input = page.getElementById("fullName");
    assertThat(input.hasClass("govuk-input--error")).isTrue();
    assertThat(input.attr("aria-describedby")).isEqualTo("fullName-hint fullName-error");
    Element message = page.getElementById("fullName-error");
    assertThat(message.hasClass("govuk-error-message")).isTrue();
    assertThat(message.selectFirst(".govuk-visually-hidden").text()).isEqualTo("Error:");
    assertThat(message.text()).isEqualTo("Error: Enter your full name");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#fullName]").text())
        .isEqualTo("Enter your full name");
    assertThat(page.getElementById("email").hasClass("govuk-input--error")).isFalse();
  }

  @Test
  void whatWasTypedIsKeptAndEscaped() throws Exception {
    String typed = "<script>alert('x')</script> & \"quotes\"";
    Document page = FragmentPages.submit(mvc, "text-input", "fullName", typed, "email", "a@b.c");

    assertThat(page.getElementById("fullName").val()).isEqualTo(typed);
    assertThat(page.select("script")).isEmpty();
    assertThat(page.selectFirst(".govuk-error-summary a[href=#fullName]").text())
        .isEqualTo("Name is too long");
  }
}
