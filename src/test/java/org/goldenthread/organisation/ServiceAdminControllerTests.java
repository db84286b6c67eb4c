package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

@WebMvcTest(ServiceAdminController.class)
@Import(AdminPages.MethodSecurity.class)
class ServiceAdminControllerTests {

  private static final LocalAuthoritySummary KENT =
      new LocalAuthoritySummary(UUID.randomUUID(), "Kent", "886", 0);
  private static final ServiceSummary EPS =
      new ServiceSummary(
          UUID.randomUUID(),
          "Kent Educational Psychology",
          ServiceKind.EDUCATIONAL_PSYCHOLOGY,
          null,
          null,
          null,
          0);

  @Autowired MockMvc mvc;
  @MockitoBean Organisations organisations;

  @BeforeEach
  void authorities() {
    given(organisations.authorities()).willReturn(List.of(KENT));
  }

  @Test
  void asksForTheKindAndOffersNoAuthority() throws Exception {
    Document page = AdminPages.show(mvc, "/admin/services/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a service");
    assertThat(page.select("input[name=kind]")).hasSize(ServiceKind.values().length);
    assertThat(page.select("label[for=kind]").text()).isEqualTo("Educational psychology");
    assertThat(page.select("select#authorityId option").eachText())
        .containsExactly("Not tied to one local authority", "Kent");
    assertThat(page.select("input#email").attr("type")).isEqualTo("email");
  }

  @Test
  void addsAServiceWithoutAnAuthorityOrEmail() throws Exception {
    given(organisations.createService(any(), any())).willReturn(EPS);

    mvc.perform(
            AdminPages.form(
                "/admin/services/new",
                "name",
                "Kent Educational Psychology",
                "kind",
                "EDUCATIONAL_PSYCHOLOGY",
                "authorityId",
                "",
                "email",
                ""))
        .andExpect(redirectedUrl("/admin/organisations"))
        .andExpect(flash().attribute("successBanner", SuccessBanner.added(EPS.name())));

    verify(organisations)
        .createService(
            new ServiceDetails(
                "Kent Educational Psychology", ServiceKind.EDUCATIONAL_PSYCHOLOGY, null, ""),
            AdminPages.ADMIN.id());
  }

  @Test
  void readsAKindThePageDidNotOfferAsNone() throws Exception {
    given(organisations.createService(any(), any()))
        .willThrow(
            new OrganisationRefused(
                List.of(new Problem("kind", "organisation.service.error.kind.required"))));

    Document page =
        AdminPages.submit(mvc, "/admin/services/new", "name", "EPS", "kind", "ASTROLOGY");

    verify(organisations)
        .createService(new ServiceDetails("EPS", null, null, null), AdminPages.ADMIN.id());
    assertThat(page.select(".govuk-error-summary a[href=#kind]").text())
        .isEqualTo("Select the kind of service");
    assertThat(page.select("#kind-error").text()).contains("Select the kind of service");
  }

  @Test
  void showsAMalformedEmailBesideItAndKeepsIt() throws Exception {
    given(organisations.editService(eq(EPS.id()), eq(0L), any(), any()))
        .willThrow(
            new OrganisationRefused(
                List.of(new Problem("email", "organisation.service.error.email.format"))));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/services/" + EPS.id() + "/edit",
            "name",
            EPS.name(),
            "kind",
            "EDUCATIONAL_PSYCHOLOGY",
            "authorityId",
            KENT.id().toString(),
            "email",
            "eps-at-kent",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary a[href=#email]").text())
        .isEqualTo("Enter an email address in the correct format, like name@example.com");
    assertThat(page.select("input#email").val()).isEqualTo("eps-at-kent");
    assertThat(page.select("select#authorityId option[selected]").text()).isEqualTo("Kent");
    assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("EDUCATIONAL_PSYCHOLOGY");
    assertThat(page.select("input[name=version]").val()).isEqualTo("0");
  }

  @Test
  void showsWhatIsSavedNowWhenSomeoneElseChangedTheService() throws Exception {
    ServiceSummary savedNow =
        new ServiceSummary(
            EPS.id(),
            "Kent EPS",
            ServiceKind.EDUCATIONAL_PSYCHOLOGY,
            KENT.id(),
            "Kent",
            "eps@kent.example",
            1);
    given(organisations.editService(eq(EPS.id()), eq(0L), any(), any()))
        .willThrow(new OrganisationConflict(OrganisationKind.SERVICE, EPS.id()));
    given(organisations.service(EPS.id())).willReturn(Optional.of(savedNow));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/services/" + EPS.id() + "/edit",
            "name",
            "Educational Psychology (Kent)",
            "kind",
            "EDUCATIONAL_PSYCHOLOGY",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this service since you opened it");
    assertThat(page.select("input#email").val()).isEqualTo("eps@kent.example");
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    assertThat(page.select("#your-changes").text()).contains("Educational Psychology (Kent)");
  }

  @Test
  @WithMockUser(roles = "PROFESSIONAL")
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/services/new")).andExpect(status().isForbidden());

    verifyNoInteractions(organisations);
  }
}
