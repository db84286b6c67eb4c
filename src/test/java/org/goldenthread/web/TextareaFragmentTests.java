package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class TextareaFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void labelHintAndTextareaAreTiedTogether() throws Exception {
    Document page = FragmentPages.show(mvc, "textarea");

    Element textarea = page.getElementById("description");
    assertThat(textarea.tagName()).isEqualTo("textarea");
    assertThat(textarea.attr("name")).isEqualTo("description");
    assertThat(textarea.hasClass("govuk-textarea")).isTrue();
    assertThat(textarea.attr("rows")).isEqualTo("8");
    assertThat(textarea.attr("spellcheck")).isEqualTo("true");
    assertThat(textarea.attr("aria-describedby")).isEqualTo("description-hint");
    assertThat(page.selectFirst("label.govuk-label.govuk-label--m[for=description]").text())
        .isEqualTo("What works well at home");
    assertThat(page.getElementById("description-hint").text())
        .isEqualTo("For example, routines that help");
    assertThat(page.select(".govuk-error-message, .govuk-form-group--error")).isEmpty();
  }

  @Test
  void anErrorIsShownBesideTheTextareaAndLinkedFromTheSummary() throws Exception {
    Document page = FragmentPages.submit(mvc, "textarea", "description", "  ");

    Element textarea = page.getElementById("description");
    assertThat(textarea.hasClass("govuk-textarea--error")).isTrue();
    assertThat(textarea.closest(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
    assertThat(textarea.attr("aria-describedby")).isEqualTo("description-hint description-error");
    assertThat(page.getElementById("description-error").text())
        .isEqualTo("Error: Describe what works well");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#description]")).isNotNull();
  }

  @Test
  void whatWasTypedIsKeptAndEscaped() throws Exception {
    String typed = "Calm start</textarea><script>alert(1)</script>\nThen \"quiet\" time";
    Document page = FragmentPages.submit(mvc, "textarea", "description", typed);

    assertThat(page.getElementById("description").val()).isEqualTo(typed);
    assertThat(page.select("script")).isEmpty();
  }
}
