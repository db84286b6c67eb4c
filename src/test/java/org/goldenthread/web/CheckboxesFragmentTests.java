package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class CheckboxesFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void eachCheckboxIsFollowedByItsLabel() throws Exception {
    Document page = FragmentPages.show(mvc, "checkboxes");

    Elements boxes = page.select("input.govuk-checkboxes__input");
    assertThat(boxes.eachAttr("id")).containsExactly("needs", "needs-2", "needs-3", "needs-5");
    assertThat(boxes.eachAttr("name")).containsOnly("needs");
    assertThat(boxes.eachAttr("type")).containsOnly("checkbox");
    for (Element box : boxes) {
      // GOV.UK's CSS draws the box with "input + label": nothing may come between them.
      Element label = box.nextElementSibling();
      assertThat(label.tagName()).isEqualTo("label");
      assertThat(label.attr("for")).isEqualTo(box.id());
    }
    assertThat(page.select("input[type=hidden][name=_needs]")).isNotEmpty();
    assertThat(page.selectFirst(".govuk-checkboxes").attr("data-module"))
        .isEqualTo("govuk-checkboxes");
  }

  @Test
  void hintsDividerAndExclusiveOption() throws Exception {
    Document page = FragmentPages.show(mvc, "checkboxes");

    assertThat(page.getElementById("needs").closest("fieldset").attr("aria-describedby"))
        .isEqualTo("needs-hint");
    assertThat(page.getElementById("needs-2").attr("aria-describedby"))
        .isEqualTo("needs-2-item-hint");
    assertThat(page.getElementById("needs-2-item-hint").text()).isEqualTo("Including anxiety");
    assertThat(page.select(".govuk-checkboxes__divider").text()).isEqualTo("or");
    assertThat(page.getElementById("needs-5").attr("data-behaviour")).isEqualTo("exclusive");
    assertThat(page.getElementById("needs").hasAttr("data-behaviour")).isFalse();
  }

  @Test
  void tickingNothingIsAnErrorLinkedToTheFirstCheckbox() throws Exception {
    Document page = FragmentPages.submit(mvc, "checkboxes", "_needs", "on");

    Element fieldset = page.getElementById("needs").closest("fieldset");
    assertThat(fieldset.parent().hasClass("govuk-form-group--error")).isTrue();
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("needs-hint needs-error");
    assertThat(page.getElementById("needs-error").text())
        .isEqualTo("Error: Select at least one need");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#needs]")).isNotNull();
    assertThat(page.select("input[name=needs][checked]")).isEmpty();
  }

  @Test
  void tickedBoxesStayTickedAfterAnError() throws Exception {
    Document page =
        FragmentPages.submit(mvc, "checkboxes", "needs", "SEMH", "needs", "ASD", "_needs", "on");

    assertThat(page.select("input[name=needs][checked]").eachAttr("value"))
        .containsExactly("SEMH", "ASD");
    assertThat(page.select(".govuk-error-summary")).isNotEmpty();
    assertThat(page.getElementById("needs-error")).isNull();
  }
}
