package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.THERAPIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChildListPageController.class)
@Import({ChildPages.Slice.class, SchoolChoices.class})
class ChildListPageControllerTests {

  static final SchoolSummary RIVERSIDE =
      ChildViews.school(
          SENCO.organisationsWhere(Role.SENCO).iterator().next(), "Riverside Academy");

  @Autowired MockMvc mvc;
  @MockitoBean Children children;
  @MockitoBean Organisations organisations;

  ChildSummary sarah;

  @BeforeEach
  void riverside() {
    given(organisations.schools(Set.of(RIVERSIDE.id()))).willReturn(List.of(RIVERSIDE));
    sarah = ChildViews.record(TestDoor.child(SENCO, "Sarah Bennett", Relationship.SENCO));
  }

  @Test
  void listsAPageOfTheChildrenThatMatchTheFiltersOutOfAllTheyMaySee() throws Exception {
    given(children.page(any(), any(), any()))
        .willReturn(new PageImpl<>(List.of(sarah), PageRequest.of(1, 50), 51));
    given(children.countVisibleTo(SENCO)).willReturn(80L);

    Document page = ChildPages.show(mvc, SENCO, "/children?status=K&search=Sarah&page=1");

    assertThat(page.select("h1").text()).isEqualTo("Children");
    assertThat(page.select("label[for=search]").text()).isEqualTo("Search by name, UPN or school");
    assertThat(page.select("#search-hint").text())
        .isEqualTo("For example, Sarah, A123456789012 or Riverside");
    assertThat(page.select("input#search").val()).isEqualTo("Sarah");
    assertThat(page.select("select#status option[selected]").val()).isEqualTo("K");
    assertThat(page.select("#caseload-count").text()).isEqualTo("Showing 51 of 80 children");
    assertThat(page.select("#caseload a").eachAttr("href"))
        .containsExactly("/children/" + sarah.id());
    assertThat(page.select("a[href=/children/new]").text()).isEqualTo("Add a child");
    verify(children)
        .page(SENCO, new ChildFilter(null, "K", null, null, "Sarah"), PageRequest.of(1, 50));
  }

  @Test
  void theSchoolFilterIsOfferedOnlyWhileTheSchoolsAreFewEnoughToChooseFrom() throws Exception {
    given(children.page(any(), any(), any()))
        .willReturn(new PageImpl<>(List.of(sarah), PageRequest.of(0, 50), 1));
    List<SchoolSummary> few = schools(Caseload.MOST_SCHOOLS_TO_CHOOSE_FROM);
    given(children.schoolsVisibleTo(SENCO)).willReturn(few);

    assertThat(ChildPages.show(mvc, SENCO, "/children").select("select#school option"))
        .as("a placeholder and each school")
        .hasSize(few.size() + 1);

    given(children.schoolsVisibleTo(SENCO))
        .willReturn(schools(Caseload.MOST_SCHOOLS_TO_CHOOSE_FROM + 1));
    Document many = ChildPages.show(mvc, SENCO, "/children");
    assertThat(many.select("select#school")).isEmpty();
    assertThat(many.select("label[for=search]").text()).contains("school");
  }

  private static List<SchoolSummary> schools(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(n -> ChildViews.school(java.util.UUID.randomUUID(), "School " + n))
        .toList();
  }

  @Test
  void theFormToAddAChildLabelsEachFieldAndChoosesTheOnlySchool() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, "/children/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a child");
    assertThat(page.select("label[for=givenName]").text()).isEqualTo("First name (legal name)");
    assertThat(page.select("label[for=familyName]").text()).isEqualTo("Last name");
    assertThat(page.select("label[for=upn]").text())
        .isEqualTo("Unique pupil number (UPN) (optional)");
    assertThat(page.select("#upn-hint").text()).startsWith("13 characters");
    assertThat(page.select("select#schoolId option[selected]").text())
        .isEqualTo("Riverside Academy");
    assertThat(page.select("label[for=homeLanguages]").text()).isEqualTo("Main language at home");
    assertThat(page.select("select#homeLanguages option[selected]").val()).isEqualTo("ENG");
    assertThat(page.select("input[name=version]")).isEmpty();
    assertThat(page.select("main form").attr("action")).isEqualTo("/children/new");
  }

  @Test
  void addsTheChildAsTypedAndOpensTheirRecord() throws Exception {
    given(children.create(any(), any())).willReturn(sarah);

    mvc.perform(
            ChildPages.form(
                SENCO,
                "/children/new",
                "givenName",
                "Sarah",
                "familyName",
                "Bennett",
                "dateOfBirth.day",
                "27",
                "dateOfBirth.month",
                "3",
                "dateOfBirth.year",
                "2017",
                "upn",
                "A123456789012",
                "schoolId",
                RIVERSIDE.id().toString(),
                "yearGroup",
                "4",
                "senStatus",
                "K",
                "primaryNeed",
                "SLCN",
                "homeLanguages",
                "ENG",
                "interpreterNeeded",
                "false",
                "pronouns",
                "SHE_HER"))
        .andExpect(redirectedUrl("/children/" + sarah.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.banner.added", "Sarah Bennett")));

    verify(children)
        .create(
            SENCO,
            new ChildDetails(
                "Sarah",
                "Bennett",
                null,
                LocalDate.of(2017, 3, 27),
                "A123456789012",
                RIVERSIDE.id(),
                "4",
                SenStatus.K,
                NeedCode.SLCN,
                null,
                List.of("ENG"),
                false,
                Pronouns.SHE_HER));
  }

  @Test
  void aSchoolTheyMayNotAddToIsRefusedBesideItsFieldWithEveryOtherProblem() throws Exception {
    given(children.create(any(), any()))
        .willThrow(ValidationProblem.of("familyName", "child.error.familyName.missing"));

    Document page =
        ChildPages.submit(
            mvc,
            SENCO,
            "/children/new",
            "givenName",
            "Sarah",
            "schoolId",
            UUID.randomUUID().toString());

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#familyName Enter the child's family name",
            "#schoolId Choose a school you can add children to");
    assertThat(page.select("#schoolId-error").text()).contains("Choose a school you can add");
    assertThat(page.select("input#givenName").val()).isEqualTo("Sarah");
    verify(children).create(eq(SENCO), argThat(details -> details.schoolId() == null));
  }

  @Test
  void someoneWhoMayAddChildrenNowhereIsNotOfferedTheFormNorLetIn() throws Exception {
    given(children.page(any(), any(), any()))
        .willReturn(new PageImpl<>(List.of(sarah), PageRequest.of(0, 50), 1));

    Document list = ChildPages.show(mvc, THERAPIST, "/children");

    assertThat(list.select("#caseload-count").text()).isEqualTo("1 child");
    assertThat(list.select("a[href=/children/new]")).isEmpty();
    mvc.perform(get("/children/new").with(user(THERAPIST))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(THERAPIST, "/children/new", "givenName", "Sarah"))
        .andExpect(status().isForbidden());
    verify(children, never()).create(any(), any());
  }
}
