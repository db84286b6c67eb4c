package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OrganisationListController.class)
@Import(AdminPages.MethodSecurity.class)
class OrganisationListControllerTests {

  private static final LocalAuthoritySummary KENT =
      new LocalAuthoritySummary(UUID.randomUUID(), "Kent", "886", 0);
  private static final SchoolSummary OAKFIELD =
      new SchoolSummary(
          UUID.randomUUID(),
          "118234",
          "Oakfield Primary",
          SchoolPhase.PRIMARY,
          KENT.id(),
          "Kent",
          0);
  private static final ServiceSummary SENDIASS =
      new ServiceSummary(
          UUID.randomUUID(),
          "Information, Advice and Support Kent",
          ServiceKind.SENDIASS,
          null,
          null,
          null,
          0);

  @Autowired MockMvc mvc;
  @MockitoBean Organisations organisations;

  @Test
  void showsAuthoritiesSchoolsAndServicesInThreeTables() throws Exception {
    given(organisations.authorities()).willReturn(List.of(KENT));
    given(organisations.schools()).willReturn(List.of(OAKFIELD));
    given(organisations.services()).willReturn(List.of(SENDIASS));

    Document page = AdminPages.show(mvc, "/admin/organisations");

    assertThat(page.select("h1").text()).isEqualTo("Organisations");
    assertThat(page.select("h2").eachText()).contains("Local authorities", "Schools", "Services");
    assertThat(page.select("table.govuk-table")).hasSize(3);

    Element authorities = page.selectFirst("#authorities");
    assertThat(authorities.select("thead th").eachText()).startsWith("Name", "LA code");
    assertThat(authorities.select("tbody td").eachText()).startsWith("Kent", "886");
    assertThat(authorities.select("a[href=/admin/authorities/new]").text())
        .isEqualTo("Add a local authority");
    assertThat(authorities.select("a[href=/admin/authorities/" + KENT.id() + "/edit]").text())
        .isEqualTo("Change Kent");

    Element schools = page.selectFirst("#schools");
    assertThat(schools.select("tbody td").eachText())
        .startsWith("Oakfield Primary", "118234", "Primary", "Kent");
    assertThat(schools.select("a[href=/admin/schools/" + OAKFIELD.id() + "/edit]")).hasSize(1);

    Element services = page.selectFirst("#services");
    assertThat(services.select("tbody td").eachText())
        .startsWith(
            "Information, Advice and Support Kent",
            "SEND information, advice and support service (SENDIASS)");
    assertThat(services.select("a[href=/admin/services/new]")).hasSize(1);
  }

  @Test
  void saysWhenThereIsNothingYet() throws Exception {
    Document page = AdminPages.show(mvc, "/admin/organisations");

    assertThat(page.select("table")).isEmpty();
    assertThat(page.text())
        .contains("No local authorities have been added yet.")
        .contains("No schools have been added yet.")
        .contains("No services have been added yet.");
  }

  @Test
  void showsTheSuccessBannerOnceAfterASave() throws Exception {
    String html =
        mvc.perform(
                get("/admin/organisations")
                    .with(user(AdminPages.ADMIN))
                    .flashAttr("successBanner", SuccessBanner.added("Oakfield Primary")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);

    Element banner = page.selectFirst(".govuk-notification-banner");
    assertThat(banner).isNotNull();
    assertThat(banner.hasClass("govuk-notification-banner--success")).isTrue();
    assertThat(banner.attr("role")).isEqualTo("alert");
    assertThat(banner.text()).contains("Oakfield Primary has been added");

    assertThat(AdminPages.show(mvc, "/admin/organisations").select(".govuk-notification-banner"))
        .isEmpty();
  }

  @Test
  @WithMockUser(roles = {"SENCO", "PARENT"})
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/organisations")).andExpect(status().isForbidden());
  }
}
