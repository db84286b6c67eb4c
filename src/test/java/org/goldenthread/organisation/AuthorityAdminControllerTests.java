package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AuthorityAdminController.class)
@Import(AdminPages.MethodSecurity.class)
class AuthorityAdminControllerTests {

  private static final LocalAuthoritySummary KENT =
      new LocalAuthoritySummary(UUID.randomUUID(), "Kent", "886", 2);

  @Autowired MockMvc mvc;
  @MockitoBean Organisations organisations;

  @Test
  void asksForTheNameAndCode() throws Exception {
    Document page = AdminPages.show(mvc, "/admin/authorities/new");

    assertThat(page.title()).isEqualTo("Add a local authority – Golden Thread");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
    assertThat(page.select("label[for=code]").text()).isEqualTo("Local authority code");
    assertThat(page.select("input#code").attr("inputmode")).isEqualTo("numeric");
    assertThat(page.select("input#code").attr("aria-describedby")).isEqualTo("code-hint");
  }

  @Test
  void addsAnAuthority() throws Exception {
    given(organisations.createAuthority(any(), any())).willReturn(KENT);

    mvc.perform(AdminPages.form("/admin/authorities/new", "name", "Kent", "code", "886"))
        .andExpect(redirectedUrl("/admin/organisations"))
        .andExpect(flash().attribute("successBanner", SuccessBanner.added("Kent")));

    verify(organisations)
        .createAuthority(new AuthorityDetails("Kent", "886"), AdminPages.ADMIN.id());
  }

  @Test
  void aTickBoxSentAValueNoBoxSendsIsA400AndNothingIsSaved() throws Exception {
    mvc.perform(
            AdminPages.form(
                "/admin/authorities/new", "name", "Kent", "code", "886", "staffTwoFactor", "BOGUS"))
        .andExpect(status().isBadRequest());
    verifyNoInteractions(organisations);
  }

  @Test
  void anAuthorityCanRequireTwoFactorSignInOfItsOfficers() throws Exception {
    given(organisations.createAuthority(any(), any())).willReturn(KENT);

    Document page = AdminPages.show(mvc, "/admin/authorities/new");
    assertThat(page.select("label[for=staffTwoFactor]").text())
        .isEqualTo("Officers must use two-factor sign-in");
    assertThat(page.select("input#staffTwoFactor").hasAttr("checked")).isFalse();

    mvc.perform(
            AdminPages.form(
                "/admin/authorities/new", "name", "Kent", "code", "886", "staffTwoFactor", "true"))
        .andExpect(redirectedUrl("/admin/organisations"));

    verify(organisations)
        .createAuthority(new AuthorityDetails("Kent", "886", true), AdminPages.ADMIN.id());
  }

  @Test
  void saysWhyACodeIsRefusedAndKeepsIt() throws Exception {
    given(organisations.createAuthority(any(), any()))
        .willThrow(
            new OrganisationRefused(
                List.of(new Problem("code", "organisation.authority.error.code.taken"))));

    Document page =
        AdminPages.submit(mvc, "/admin/authorities/new", "name", " Kent ", "code", "886");

    assertThat(page.select(".govuk-error-summary a[href=#code]").text())
        .isEqualTo("Another local authority already has this code");
    assertThat(page.select("#code-error").text())
        .isEqualTo("Error: Another local authority already has this code");
    assertThat(page.select("input#code").attr("aria-describedby")).contains("code-error");
    assertThat(page.select("input#code").val()).isEqualTo("886");
    assertThat(page.select("input#name").val()).isEqualTo(" Kent ");
  }

  @Test
  void showsWhatIsSavedNowWhenSomeoneElseChangedTheAuthority() throws Exception {
    LocalAuthoritySummary savedNow = new LocalAuthoritySummary(KENT.id(), "Kent County", "886", 3);
    given(organisations.editAuthority(eq(KENT.id()), eq(2L), any(), any()))
        .willThrow(new OrganisationConflict(OrganisationKind.LOCAL_AUTHORITY, KENT.id()));
    given(organisations.authority(KENT.id())).willReturn(Optional.of(savedNow));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/authorities/" + KENT.id() + "/edit",
            "name",
            "Kent Council",
            "code",
            "886",
            "version",
            "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this local authority since you opened it");
    assertThat(page.select("input#name").val()).isEqualTo("Kent County");
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("#your-changes").text()).contains("Kent Council");
  }

  @Test
  void refusesAnEditWithoutAVersion() throws Exception {
    mvc.perform(
            AdminPages.form(
                "/admin/authorities/" + KENT.id() + "/edit", "name", "Kent", "code", "886"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            AdminPages.form(
                "/admin/authorities/" + KENT.id() + "/edit",
                "name",
                "Kent",
                "code",
                "886",
                "version",
                "two"))
        .andExpect(status().isBadRequest());

    verifyNoInteractions(organisations);
  }

  @Test
  @WithMockUser(roles = {"AUTHORITY_OFFICER", "HEAD"})
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/authorities/new")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/authorities/new").with(csrf()).param("name", "Kent"))
        .andExpect(status().isForbidden());

    verifyNoInteractions(organisations);
  }
}
