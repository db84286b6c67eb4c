package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.InvitationRefused;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InvitationAdminController.class)
@Import({AdminPages.MethodSecurity.class, InvitationChecks.class})
class InvitationAdminControllerTests {

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
  private static final ServiceSummary EPS =
      new ServiceSummary(
          UUID.randomUUID(), "Kent EPS", ServiceKind.EDUCATIONAL_PSYCHOLOGY, null, null, null, 0);

  @Autowired MockMvc mvc;
  @MockitoBean Organisations organisations;
  @MockitoBean Invitations invitations;

  @BeforeEach
  void organisations() {
    given(organisations.authorities()).willReturn(List.of(KENT));
    given(organisations.schools()).willReturn(List.of(OAKFIELD));
    given(organisations.services()).willReturn(List.of(EPS));
    given(organisations.school(OAKFIELD.id())).willReturn(Optional.of(OAKFIELD));
    given(organisations.authority(KENT.id())).willReturn(Optional.of(KENT));
    given(organisations.service(EPS.id())).willReturn(Optional.of(EPS));
  }

  @Test
  void listsRecentInvitationsWithTheirStateDatesRoleAndOrganisation() throws Exception {
    Instant sent =
        LocalDate.of(2026, 11, 22).atTime(9, 30).atZone(ZoneId.of("Europe/London")).toInstant();
    InvitationSummary pending =
        new InvitationSummary(
            UUID.randomUUID(),
            "sam@oakfield.example",
            "Sam Patel",
            Role.SENCO,
            OAKFIELD.id(),
            Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(6)),
            null);
    InvitationSummary accepted =
        new InvitationSummary(
            UUID.randomUUID(),
            "kim@kent.example",
            "Kim Lee",
            Role.AUTHORITY_OFFICER,
            KENT.id(),
            sent,
            sent.plus(Duration.ofDays(7)),
            sent.plus(Duration.ofHours(2)));
    InvitationSummary expired =
        new InvitationSummary(
            UUID.randomUUID(),
            "alex@goldenthread.example",
            "Alex Ward",
            Role.PLATFORM_ADMIN,
            null,
            Instant.now().minus(Duration.ofDays(10)),
            Instant.now().minus(Duration.ofDays(3)),
            null);
    given(invitations.recent(50)).willReturn(List.of(pending, accepted, expired));
    given(organisations.names(any()))
        .willReturn(Map.of(OAKFIELD.id(), "Oakfield Primary", KENT.id(), "Kent"));

    Document page = AdminPages.show(mvc, "/admin/invitations");

    assertThat(page.select("h1").text()).isEqualTo("Invitations");
    assertThat(page.select("main a[href=/admin/invitations/new]").text())
        .isEqualTo("Invite someone");
    List<Element> rows = page.select("table.govuk-table tbody tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).text())
        .contains("Sam Patel", "sam@oakfield.example", "SENCO", "Oakfield Primary", "Pending");
    assertThat(rows.get(0).select(".govuk-tag").hasClass("govuk-tag--blue")).isTrue();
    assertThat(rows.get(1).text())
        .contains("Kim Lee", "Local authority SEND officer", "Kent", "Accepted")
        .contains("22 November 2026", "29 November 2026");
    assertThat(rows.get(2).text())
        .contains("Alex Ward", "Platform administrator", "None", "Expired");
    assertThat(rows.get(2).select(".govuk-tag").hasClass("govuk-tag--grey")).isTrue();
  }

  @Test
  void offersEveryRoleButParentWithASelectOfTheRightKindUnderEach() throws Exception {
    Document page = AdminPages.show(mvc, "/admin/invitations/new");

    assertThat(page.select("label[for=email]").text()).isEqualTo("Email address");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Full name");
    assertThat(page.select("input[name=role]").eachAttr("value"))
        .containsExactly(
            "PLATFORM_ADMIN",
            "AUTHORITY_OFFICER",
            "SENCO",
            "TEACHER",
            "HEAD",
            "SCHOOL_ADMIN",
            "PROFESSIONAL");
    assertThat(page.select("label.govuk-radios__label").eachText())
        .contains("Platform administrator", "Local authority SEND officer", "Head teacher");

    Element senco = page.selectFirst("input[name=role][value=SENCO]");
    String revealed = senco.attr("aria-controls");
    Element reveal = page.getElementById(revealed);
    assertThat(reveal.hasClass("govuk-radios__conditional")).isTrue();
    assertThat(reveal.select("select#sencoSchoolId option").eachText())
        .containsExactly("Choose a school", "Oakfield Primary (URN 118234)");

    Element officer = page.selectFirst("input[name=role][value=AUTHORITY_OFFICER]");
    assertThat(
            page.getElementById(officer.attr("aria-controls"))
                .select("select#authorityId option")
                .eachText())
        .containsExactly("Choose a local authority", "Kent");
    Element professional = page.selectFirst("input[name=role][value=PROFESSIONAL]");
    assertThat(
            page.getElementById(professional.attr("aria-controls"))
                .select("select#serviceId option")
                .eachText())
        .containsExactly("Choose a service", "Kent EPS");
    assertThat(page.selectFirst("input[name=role][value=PLATFORM_ADMIN]").hasAttr("aria-controls"))
        .isFalse();
  }

  @Test
  void sendsTheInvitationForTheSelectOfTheChosenRole() throws Exception {
    given(invitations.invite(any(), any()))
        .willReturn(
            new InvitationSummary(
                UUID.randomUUID(),
                "sam@oakfield.example",
                "Sam Patel",
                Role.HEAD,
                OAKFIELD.id(),
                Instant.now(),
                Instant.now().plus(Duration.ofDays(7)),
                null));

    mvc.perform(
            AdminPages.form(
                "/admin/invitations/new",
                "email",
                " sam@oakfield.example ",
                "name",
                "Sam Patel",
                "role",
                "HEAD",
                "sencoSchoolId",
                "",
                "headSchoolId",
                OAKFIELD.id().toString(),
                "authorityId",
                KENT.id().toString()))
        .andExpect(redirectedUrl("/admin/invitations"))
        .andExpect(
            flash()
                .attribute("successBanner", SuccessBanner.invitationSent("sam@oakfield.example")));

    verify(invitations)
        .invite(
            new NewInvitation("sam@oakfield.example", "Sam Patel", Role.HEAD, OAKFIELD.id()),
            AdminPages.ADMIN.id());
  }

  @Test
  void invitesAnAdministratorToNoOrganisation() throws Exception {
    given(invitations.invite(any(), any()))
        .willReturn(
            new InvitationSummary(
                UUID.randomUUID(),
                "alex@example.com",
                "Alex",
                Role.PLATFORM_ADMIN,
                null,
                Instant.now(),
                Instant.now().plus(Duration.ofDays(7)),
                null));

    mvc.perform(
            AdminPages.form(
                "/admin/invitations/new",
                "email",
                "alex@example.com",
                "name",
                "Alex",
                "role",
                "PLATFORM_ADMIN",
                "serviceId",
                EPS.id().toString()))
        .andExpect(redirectedUrl("/admin/invitations"));

    verify(invitations)
        .invite(
            new NewInvitation("alex@example.com", "Alex", Role.PLATFORM_ADMIN, null),
            AdminPages.ADMIN.id());
  }

  @Test
  void asksForTheSchoolOfASchoolRoleBesideItsSelect() throws Exception {
    Document page =
        AdminPages.submit(
            mvc,
            "/admin/invitations/new",
            "email",
            "sam@oakfield.example",
            "name",
            "Sam Patel",
            "role",
            "SENCO",
            "headSchoolId",
            OAKFIELD.id().toString());

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#sencoSchoolId");
    assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Select their school");
    assertThat(page.select("#sencoSchoolId-error").text()).contains("Select their school");
    Element reveal = page.getElementById("sencoSchoolId").closest(".govuk-radios__conditional");
    assertThat(reveal.hasClass("govuk-radios__conditional--hidden")).isFalse();
    assertThat(page.select("input[name=role][value=SENCO]").hasAttr("checked")).isTrue();
    assertThat(page.select("input#email").val()).isEqualTo("sam@oakfield.example");
    verifyNoInteractions(invitations);
  }

  @Test
  void reportsEveryMissingAnswerAtOnce() throws Exception {
    Document page = AdminPages.submit(mvc, "/admin/invitations/new", "email", "", "name", " ");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#email", "#name", "#role");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter their email address", "Enter their full name", "Select what they will do");
    verifyNoInteractions(invitations);
  }

  @Test
  void refusesParentsAndOrganisationsOfTheWrongKind() throws Exception {
    Document parent =
        AdminPages.submit(
            mvc, "/admin/invitations/new", "email", "p@example.com", "name", "P", "role", "PARENT");
    assertThat(parent.select("#role-error").text()).contains("Select what they will do");

    Document wrongKind =
        AdminPages.submit(
            mvc,
            "/admin/invitations/new",
            "email",
            "kim@example.com",
            "name",
            "Kim",
            "role",
            "AUTHORITY_OFFICER",
            "authorityId",
            OAKFIELD.id().toString());
    assertThat(wrongKind.select("#authorityId-error").text())
        .contains("Select their local authority");
    verifyNoInteractions(invitations);
  }

  @Test
  void showsWhatIdentityRefusedBesideTheField() throws Exception {
    given(invitations.invite(any(), any()))
        .willThrow( // identity's own message keys are in messages.properties; any key will do here
            new InvitationRefused("email", "organisation.invitation.error.email.required"));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/invitations/new",
            "email",
            "sam-at-oakfield",
            "name",
            "Sam Patel",
            "role",
            "PROFESSIONAL",
            "serviceId",
            EPS.id().toString());

    assertThat(page.select(".govuk-error-summary a[href=#email]").text())
        .isEqualTo("Enter their email address");
    assertThat(page.select("#email-error").text()).contains("Enter their email address");
    assertThat(page.select("input#email").val()).isEqualTo("sam-at-oakfield");
    assertThat(page.select("select#serviceId option[selected]").text()).isEqualTo("Kent EPS");
  }

  @Test
  void showsARefusalAboutTheOrganisationBesideTheSelectOfTheRole() throws Exception {
    given(invitations.invite(any(), any()))
        .willThrow(new InvitationRefused("organisationId", "identity.invitation.unknown-message"));

    Document page =
        AdminPages.submit(
            mvc,
            "/admin/invitations/new",
            "email",
            "sam@oakfield.example",
            "name",
            "Sam Patel",
            "role",
            "TEACHER",
            "teacherSchoolId",
            OAKFIELD.id().toString());

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#teacherSchoolId");
    assertThat(page.select("#teacherSchoolId-error").text())
        .contains("The invitation could not be sent");
  }

  @Test
  @WithMockUser(roles = "SCHOOL_ADMIN")
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(get("/admin/invitations")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/invitations/new")).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/invitations/new")
                .with(csrf())
                .param("email", "x@example.com")
                .param("name", "X")
                .param("role", "PLATFORM_ADMIN"))
        .andExpect(status().isForbidden());

    verifyNoInteractions(invitations);
  }
}
