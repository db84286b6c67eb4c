package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class TagFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void tagsWithAndWithoutColour() throws Exception {
    Document page = FragmentPages.show(mvc, "tag");

    Elements tags = page.select("strong.govuk-tag");
    assertThat(tags).hasSize(2);
    assertThat(tags.get(0).classNames()).containsExactly("govuk-tag", "govuk-tag--red");
    assertThat(tags.get(0).text()).isEqualTo("Overdue");
    assertThat(tags.get(1).classNames()).containsExactly("govuk-tag");
  }

  @Test
  void theTextIsEscaped() throws Exception {
    Document page = FragmentPages.show(mvc, "tag");

    assertThat(page.select("strong.govuk-tag").get(1).text()).isEqualTo("<b>Agreed</b>");
    assertThat(page.select("b")).isEmpty();
  }
}
