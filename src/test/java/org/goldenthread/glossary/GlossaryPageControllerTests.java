package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.PageOf;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The glossary's pages: A to Z by letter, a search, one term with its related words, a 404. */
@WebMvcTest(GlossaryPageController.class)
@Import(Slices.Pages.class)
class GlossaryPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final GlossaryEntry ANNUAL_REVIEW =
      new GlossaryEntry("annual-review", "Annual review", "The yearly check of an EHC plan.", 0);
  static final GlossaryEntry EHC_PLAN =
      new GlossaryEntry("ehc-plan", "EHC plan (EHCP)", "A legal document <b>for</b> a child.", 0);
  static final GlossaryEntry EP =
      new GlossaryEntry("educational-psychologist", "Educational psychologist", "…", 0);

  @Autowired MockMvc mvc;
  @MockitoBean Glossary glossary;

  @Test
  void everyTermAtoZGroupedByLetter() throws Exception {
    given(glossary.all()).willReturn(List.of(ANNUAL_REVIEW, EHC_PLAN, EP));

    Document page = Slices.show(mvc, PARENT, "/glossary");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Glossary: the words explained");
    assertThat(page.select("section h2").eachText()).containsExactly("A", "E");
    assertThat(page.select("#letter-E dt a").eachAttr("href"))
        .containsExactly("/glossary/educational-psychologist", "/glossary/ehc-plan");
    assertThat(page.select("nav.app-glossary-letters a").eachAttr("href"))
        .containsExactly("#letter-A", "#letter-E");
    assertThat(page.select("#letter-E dd").get(1).text())
        .isEqualTo("A legal document <b>for</b> a child.");
    assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
    assertThat(page.select("label[for=q]").text()).isEqualTo("Search the glossary");
  }

  @Test
  void aSearchShowsWhatItFound() throws Exception {
    given(glossary.search(eq("plan"), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(EHC_PLAN, ANNUAL_REVIEW), 0, 200, 2));

    Document page = Slices.show(mvc, PARENT, "/glossary?q=plan");

    assertThat(page.title()).startsWith("Glossary: words found for “plan”");
    assertThat(page.selectFirst("#results").text()).isEqualTo("2 words found for “plan”");
    assertThat(page.select("dt a").eachText()).containsExactly("EHC plan (EHCP)", "Annual review");
    assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("plan");
  }

  @Test
  void aSearchThatFindsNothingSaysSo() throws Exception {
    given(glossary.search(eq("zebra"), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(), 0, 200, 0));

    Document page = Slices.show(mvc, PARENT, "/glossary?q=zebra");

    assertThat(page.selectFirst("#results").text()).startsWith("No words found for “zebra”");
    assertThat(page.select("a[href=/glossary]")).isNotEmpty();
  }

  @Test
  void oneTermWithItsRelatedWords() throws Exception {
    given(glossary.find("annual-review")).willReturn(Optional.of(ANNUAL_REVIEW));
    given(glossary.mentionedIn(ANNUAL_REVIEW.explanation(), "annual-review"))
        .willReturn(List.of(new GlossaryEntry("ehc-plan", "EHC plan (EHCP)", "", 0)));

    Document page = Slices.show(mvc, PARENT, "/glossary/annual-review");

    assertThat(page.title()).isEqualTo("Annual review: what it means – Golden Thread");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Annual review");
    assertThat(page.selectFirst("#explanation").text())
        .isEqualTo("The yearly check of an EHC plan.");
    assertThat(page.select("ul[aria-labelledby=related] a").eachAttr("href"))
        .containsExactly("/glossary/ehc-plan");
  }

  @Test
  void anUnknownTermIsNotFound() throws Exception {
    given(glossary.find("no-such-word")).willReturn(Optional.empty());

    mvc.perform(get("/glossary/no-such-word").with(user(PARENT))).andExpect(status().isNotFound());
  }
}
