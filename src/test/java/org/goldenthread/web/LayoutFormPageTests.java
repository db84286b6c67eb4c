package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A form page made with the layout, as the layout's comment shows how to write one. */
@FragmentTest
class LayoutFormPageTests {

  @Autowired MockMvc mvc;

  @Test
  void theTitleSaysErrorWhenTheFormHasErrors() throws Exception {
    Document page = FragmentPages.submit(mvc, "layout", "fullName", "");

    assertThat(page.title()).isEqualTo("Error: Your name – Golden Thread");
    assertThat(page.selectFirst("main .govuk-error-summary")).isNotNull();
    PageChecks.assertLayout(page);
  }

  @Test
  void theTitleIsPlainWithoutErrors() throws Exception {
    Document page = FragmentPages.show(mvc, "layout");

    assertThat(page.title()).isEqualTo("Your name – Golden Thread");
    assertThat(page.selectFirst("form input[name=_csrf]")).isNotNull();
    PageChecks.assertLayout(page);
  }
}
