package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator keeps the glossary: the list, the form, a saved change, a refusal, a conflict.
 */
@WebMvcTest(GlossaryAdminController.class)
@Import(Slices.Pages.class)
class GlossaryAdminControllerTests {

  static final CurrentUser ADMIN = TestDoor.person("Ada Admin", Role.PLATFORM_ADMIN);
  static final GlossaryEntry MEDIATION =
      new GlossaryEntry("mediation", "Mediation", "A meeting with an independent person.", 3);

  @Autowired MockMvc mvc;
  @MockitoBean Glossary glossary;

  @BeforeEach
  void mediation() {
    given(glossary.all()).willReturn(List.of(MEDIATION));
    given(glossary.find("mediation")).willReturn(Optional.of(MEDIATION));
  }

  @Test
  void theListLinksEachTermToItsForm() throws Exception {
    Document page = Slices.show(mvc, ADMIN, "/admin/glossary");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Keep the glossary");
    assertThat(page.select("#terms a").eachAttr("href"))
        .containsExactly("/admin/glossary/mediation");
    assertThat(page.select("#terms a").text()).isEqualTo("Change Mediation");
  }

  @Test
  void theFormShowsTheExplanationAndItsVersion() throws Exception {
    Document page = Slices.show(mvc, ADMIN, "/admin/glossary/mediation");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Explain Mediation");
    assertThat(page.selectFirst("textarea[name=explanation]").text())
        .isEqualTo("A meeting with an independent person.");
    assertThat(page.selectFirst("input[name=version]").val()).isEqualTo("3");
  }

  @Test
  void aSavedChangeGoesBackToTheList() throws Exception {
    given(glossary.explain(eq("mediation"), eq(3L), eq("Talking it through."), any()))
        .willReturn(new GlossaryEntry("mediation", "Mediation", "Talking it through.", 4));

    mvc.perform(
            Slices.form(
                ADMIN,
                "/admin/glossary/mediation",
                "explanation",
                "Talking it through.",
                "version",
                "3"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/glossary"));
  }

  @Test
  void aRefusalIsShownBesideTheField() throws Exception {
    given(glossary.explain(eq("mediation"), eq(3L), eq(""), any()))
        .willThrow(ValidationProblem.of("explanation", "glossary.error.explanation.missing"));

    Document page =
        Slices.submit(mvc, ADMIN, "/admin/glossary/mediation", "explanation", "", "version", "3");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.selectFirst("#explanation-error").text()).contains("Write what the word means");
  }

  @Test
  void aStaleChangeShowsWhatIsSavedAndWhatWasTyped() throws Exception {
    given(glossary.explain(eq("mediation"), eq(2L), anyString(), any()))
        .willThrow(new EditConflict());

    Document page =
        Slices.submit(
            mvc, ADMIN, "/admin/glossary/mediation", "explanation", "My words.", "version", "2");

    assertThat(page.selectFirst(".govuk-error-summary").text())
        .contains("Someone else changed this explanation");
    assertThat(page.selectFirst("textarea[name=explanation]").text())
        .isEqualTo("A meeting with an independent person.");
    assertThat(page.selectFirst("input[name=version]").val()).isEqualTo("3");
    assertThat(page.selectFirst("#your-changes").text()).contains("My words.");
  }

  @Test
  void aFormWithoutAVersionIsRefused() throws Exception {
    mvc.perform(Slices.form(ADMIN, "/admin/glossary/mediation", "explanation", "x"))
        .andExpect(status().isBadRequest());
    verify(glossary, never()).explain(anyString(), anyLong(), anyString(), any());
  }
}
