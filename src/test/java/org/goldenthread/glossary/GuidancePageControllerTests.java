package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Guidance for families: the index of guides, each guide with every section written, a 404. */
@WebMvcTest(GuidancePageController.class)
@Import(Slices.Pages.class)
class GuidancePageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;

  @Test
  void theIndexListsEveryGuideAndTrickyConversations() throws Exception {
    Document page = Slices.show(mvc, PARENT, "/guidance");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Guidance for families");
    assertThat(page.select("#guides h2 a").eachAttr("href"))
        .containsExactly(
            "/guidance/preparing-for-a-meeting",
            "/guidance/questions-to-ask",
            "/guidance/keeping-records",
            "/guidance/asking-for-an-ehc-needs-assessment",
            "/guidance/when-things-go-wrong",
            "/guidance/tricky-conversations");
    assertThat(page.select("#guides h2 a").eachText())
        .contains("Getting ready for a meeting", "Questions you could ask", "Tricky conversations");
  }

  @ParameterizedTest
  @EnumSource(Guide.class)
  void everyGuideHasItsWordsAndLinksToTheOthers(Guide guide) throws Exception {
    Document page = Slices.show(mvc, PARENT, guide.href());

    assertThat(page.text()).doesNotContain("??");
    assertThat(page.selectFirst("h1").text()).isNotBlank();
    assertThat(page.select("main h2[id^=section-]")).hasSize(guide.sections().size());
    for (Element heading : page.select("main h2[id^=section-]")) {
      Element next = heading.nextElementSibling();
      assertThat(next).as(heading.text()).isNotNull();
      assertThat(next.tagName()).as(heading.text()).isIn("p", "ul");
      assertThat(next.text()).as(heading.text()).isNotBlank();
    }
    assertThat(page.select("main a").eachAttr("href"))
        .contains("/guidance/tricky-conversations", "/glossary", "/guidance")
        .containsAll(
            Arrays.stream(Guide.values()).filter(g -> g != guide).map(Guide::href).toList())
        .doesNotContain(guide.href());
  }

  @Test
  void thePreparationGuideSaysWhatToDoBeforeTheDay() throws Exception {
    Document page = Slices.show(mvc, PARENT, "/guidance/preparing-for-a-meeting");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Getting ready for a meeting");
    assertThat(page.select("h2").eachText()).contains("Before the day", "On the day");
  }

  @Test
  void anUnknownGuideIsNotFound() throws Exception {
    mvc.perform(get("/guidance/no-such-guide").with(user(PARENT))).andExpect(status().isNotFound());
  }
}
