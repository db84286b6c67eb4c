package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.organisation.OrganisationRefused.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SchoolAdminController.class)
@Import(AdminPages.MethodSecurity.class)
class SchoolAdminControllerTests {

  private static final LocalAuthoritySummary KENT =
      new LocalAuthoritySummary(UUID.randomUUID(), "Kent", "886", 0);
  private static final LocalAuthoritySummary MEDWAY =
      new LocalAuthoritySummary(UUID.randomUUID(), "Medway", "887", 0);
  private static final SchoolSummary OAKFIELD =
      new SchoolSummary(
          UUID.randomUUID(),
          "118234",
          "Oakfield Primary",
          SchoolPhase.PRIMARY,
          KENT.id(),
          "Kent",
          3);

  @Autowired MockMvc mvc;
  @MockitoBean Organisations organisations;

  @BeforeEach
  void authorities() {
    given(organisations.authorities()).willReturn(List.of(KENT, MEDWAY));
  }

  @Test
  void asksForEveryDetailOfANewSchool() throws Exception {
    Document page = AdminPages.show(mvc, "/admin/schools/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a school");
    assertThat(page.select("label[for=urn]").text()).isEqualTo("URN (unique reference number)");
    assertThat(page.select("#urn-hint").text()).contains("6 digits");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
    assertThat(page.select("input[name=phase]")).hasSize(SchoolPhase.values().length);
    assertThat(page.select("label[for=phase]").text()).isEqualTo("Nursery");
    assertThat(page.select("select#authorityId option").eachText())
        .containsExactly("Choose a local authority", "Kent", "Medway");
    assertThat(page.select("main form").attr("action")).isEqualTo("/admin/schools/new");
    assertThat(page.select("input[name=version]")).isEmpty();
  }

  @Test
  void addsASchoolAndSaysSo() throws Exception {
    given(organisations.createSchool(any(), any())).willReturn(OAKFIELD);

    mvc.perform(
            AdminPages.form(
                "/admin/schools/new",
                "urn",
                "118234",
                "name",
                "Oakfield Primary",
                "phase",
                "PRIMARY",
                "authorityId",
                KENT.id().toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/organisations"))
        .andExpect(flash().attribute("successBanner", SuccessBanner.added("Oakfield Primary")));

    verify(organisations)
        .createSchool(
            new SchoolDetails("118234", "Oakfield Primary", SchoolPhase.PRIMARY, KENT.id()),
            AdminPages.ADMIN.id());
  }

  @Test
  void showsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
    given(organisations.createSchool(any(), any()))
        .willThrow(
            new OrganisationRefused(
                List.of(
                    new Problem("urn", "organisation.school.error.urn.format"),
                    new Problem("phase", "organisation.school.error.phase.required"))));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/schools/new",
            "urn",
            "11823",
            "name",
            "Oakfield Primary",
            "authorityId",
            MEDWAY.id().toString());

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "The URN must be 6 digits, like 118234", "Select the school’s phase of education");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#urn", "#phase");
    assertThat(page.select("#urn-error").text()).contains("The URN must be 6 digits");
    assertThat(page.select("#phase-error").text()).contains("Select the school’s phase");
    assertThat(page.select("input#urn").hasClass("govuk-input--error")).isTrue();
    assertThat(page.select("input#urn").val()).isEqualTo("11823");
    assertThat(page.select("input#name").val()).isEqualTo("Oakfield Primary");
    assertThat(page.select("select#authorityId option[selected]").text()).isEqualTo("Medway");
  }

  @Test
  void editsASchoolFromItsSavedVersion() throws Exception {
    given(organisations.school(OAKFIELD.id())).willReturn(Optional.of(OAKFIELD));

    Document page = AdminPages.show(mvc, "/admin/schools/" + OAKFIELD.id() + "/edit");

    assertThat(page.select("h1").text()).isEqualTo("Change a school");
    assertThat(page.select("input#urn").val()).isEqualTo("118234");
    assertThat(page.select("input[name=phase][checked]").val()).isEqualTo("PRIMARY");
    assertThat(page.select("select#authorityId option[selected]").text()).isEqualTo("Kent");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
    assertThat(page.select("main form").attr("action"))
        .isEqualTo("/admin/schools/" + OAKFIELD.id() + "/edit");
  }

  @Test
  void savesAnEditWithTheVersionItWasMadeFrom() throws Exception {
    given(organisations.editSchool(eq(OAKFIELD.id()), anyLong(), any(), any()))
        .willReturn(OAKFIELD);

    mvc.perform(
            AdminPages.form(
                "/admin/schools/" + OAKFIELD.id() + "/edit",
                "urn",
                "118234",
                "name",
                "Oakfield Primary",
                "phase",
                "PRIMARY",
                "authorityId",
                KENT.id().toString(),
                "version",
                "3"))
        .andExpect(redirectedUrl("/admin/organisations"))
        .andExpect(flash().attribute("successBanner", SuccessBanner.saved("Oakfield Primary")));

    verify(organisations)
        .editSchool(
            OAKFIELD.id(),
            3,
            new SchoolDetails("118234", "Oakfield Primary", SchoolPhase.PRIMARY, KENT.id()),
            AdminPages.ADMIN.id());
  }

  @Test
  void theSchoolCanRequireTwoFactorSignInOfItsSencosWithOneBox() throws Exception {
    SchoolSummary requiring =
        new SchoolSummary(
            OAKFIELD.id(),
            "118234",
            "Oakfield Primary",
            SchoolPhase.PRIMARY,
            KENT.id(),
            "Kent",
            3,
            true);
    given(organisations.school(OAKFIELD.id())).willReturn(Optional.of(requiring));
    given(organisations.editSchool(eq(OAKFIELD.id()), anyLong(), any(), any()))
        .willReturn(requiring);

    Document page = AdminPages.show(mvc, "/admin/schools/" + OAKFIELD.id() + "/edit");

    assertThat(page.select("fieldset legend").eachText()).contains("Two-factor sign-in");
    assertThat(page.select("label[for=staffTwoFactor]").text())
        .isEqualTo(
            "The SENCOs, the head and the school's administrators must use two-factor sign-in");
    assertThat(page.select("#staffTwoFactor-item-hint").text()).contains("code from an app");
    assertThat(page.select("input#staffTwoFactor").hasAttr("checked")).isTrue();

    mvc.perform(
            AdminPages.form(
                "/admin/schools/" + OAKFIELD.id() + "/edit",
                "urn",
                "118234",
                "name",
                "Oakfield Primary",
                "phase",
                "PRIMARY",
                "authorityId",
                KENT.id().toString(),
                "staffTwoFactor",
                "true",
                "version",
                "3"))
        .andExpect(redirectedUrl("/admin/organisations"));

    verify(organisations)
        .editSchool(
            OAKFIELD.id(),
            3,
            new SchoolDetails("118234", "Oakfield Primary", SchoolPhase.PRIMARY, KENT.id(), true),
            AdminPages.ADMIN.id());
  }

  @Test
  void showsWhatIsSavedNowWhenSomeoneElseChangedTheSchool() throws Exception {
    SchoolSummary savedNow =
        new SchoolSummary(
            OAKFIELD.id(),
            "118234",
            "Oakfield Academy",
            SchoolPhase.ALL_THROUGH,
            KENT.id(),
            "Kent",
            4);
    given(organisations.editSchool(eq(OAKFIELD.id()), eq(3L), any(), any()))
        .willThrow(new OrganisationConflict(OrganisationKind.SCHOOL, OAKFIELD.id()));
    given(organisations.school(OAKFIELD.id())).willReturn(Optional.of(savedNow));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/schools/" + OAKFIELD.id() + "/edit",
            "urn",
            "118234",
            "name",
            "Oakfield Juniors",
            "phase",
            "PRIMARY",
            "authorityId",
            KENT.id().toString(),
            "version",
            "3");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this school since you opened it")
        .contains("here is what is saved now");
    assertThat(page.select("input#name").val()).isEqualTo("Oakfield Academy");
    assertThat(page.select("input[name=phase][checked]").val()).isEqualTo("ALL_THROUGH");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("4");
    assertThat(page.select("#your-changes").text()).contains("Oakfield Juniors");
  }

  @Test
  void answersNotFoundForASchoolThatDoesNotExist() throws Exception {
    given(organisations.school(any())).willReturn(Optional.empty());

    mvc.perform(get("/admin/schools/" + UUID.randomUUID() + "/edit").with(user(AdminPages.ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(roles = "SENCO")
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/schools/new")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/schools/" + OAKFIELD.id() + "/edit")).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/schools/new")
                .with(csrf())
                .param("urn", "118234")
                .param("name", "Oakfield Primary"))
        .andExpect(status().isForbidden());

    verifyNoInteractions(organisations);
  }
}
