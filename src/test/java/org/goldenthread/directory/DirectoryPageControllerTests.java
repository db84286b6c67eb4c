package org.goldenthread.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory's pages: the search with its filters and results, a service with everything, and
 * the keepers' forms, with a stale change shown calmly.
 */
@WebMvcTest(DirectoryPageController.class)
@Import(Slices.Pages.class)
class DirectoryPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);

  @Autowired MockMvc mvc;
  @MockitoBean Directory directory;
  @MockitoBean DirectorySearch search;

  ServiceView razem;
  ServiceView unchecked;

  @BeforeEach
  void aDirectory() {
    razem = DirectoryViews.razem();
    unchecked = DirectoryViews.unchecked();
    given(directory.search(any(), anyInt(), anyInt()))
        .willReturn(new PageOf<>(List.of(razem, unchecked), 0, 20, 2));
    given(directory.get(razem.id())).willReturn(razem);
    given(directory.get(unchecked.id())).willReturn(unchecked);
    given(directory.keeps(OFFICER)).willReturn(true);
    given(directory.keeps(eq(OFFICER), any(ServiceView.class))).willReturn(true);
    given(directory.authorities())
        .willReturn(
            List.of(
                new LocalAuthoritySummary(
                    java.util.UUID.randomUUID(), "Northshire Council", "990", 0)));
    given(search.districts()).willReturn(List.of("NS1", "NS4"));
  }

  @Test
  void theSearchShowsItsFiltersAndEachServiceWithItsNeedsLanguagesAndCheck() throws Exception {
    Document page = Slices.show(mvc, PARENT, "/directory?q=autistic&need=ASD&language=POL");

    verify(directory).search(new DirectoryQuery("autistic", "ASD", null, "POL", false), 0, 20);
    assertThat(page.select("h1").text()).isEqualTo("Find help and support");
    assertThat(page.select("input#q").val()).isEqualTo("autistic");
    assertThat(page.select("select#need option[selected]").val()).isEqualTo("ASD");
    assertThat(page.select("select#language option[selected]").val()).isEqualTo("POL");
    assertThat(page.select("select#area option").eachAttr("value"))
        .containsExactly("", "990", "NS1", "NS4");
    assertThat(page.select("#results-count").text()).isEqualTo("2 services found");
    assertThat(page.select("#service-" + razem.id()).text())
        .contains(razem.name(), "Independent", "Autistic spectrum disorder", "Polish", "English")
        .contains("Details last checked on 1 September 2026")
        .doesNotContain("Check due");
    assertThat(page.select("#service-" + unchecked.id()).text()).contains("Check due");
    assertThat(page.select("a[href=/directory/services/new]")).isEmpty();
    assertThat(page.select("input[name=unchecked]")).isEmpty();
  }

  @Test
  void aFilterThatIsNoneIsShownBesideItsField() throws Exception {
    given(directory.search(any(), anyInt(), anyInt()))
        .willThrow(ValidationProblem.of("area", "directory.error.area"));
    Document page = Slices.show(mvc, PARENT, "/directory?area=nowhere");
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select("#area-error").text()).contains("Choose an area from the list");
  }

  @Test
  void aKeeperGetsTheLinksToAddAndToTheServicesDueACheck() throws Exception {
    Document page = Slices.show(mvc, OFFICER, "/directory");
    assertThat(page.select("a[href=/directory/services/new]").text()).isEqualTo("Add a service");
    assertThat(page.select("#unchecked-link").attr("href")).isEqualTo("/directory?unchecked=true");
    assertThat(page.select("input[name=unchecked]")).hasSize(1);
  }

  @Test
  void theServicePageShowsEverything() throws Exception {
    Document page = Slices.show(mvc, PARENT, "/directory/services/" + razem.id());
    assertThat(page.select("h1").text()).isEqualTo(razem.name());
    assertThat(page.select("#contact").text())
        .contains("0113 496 0003", "razem@example.org", "https://razem.example.org", "Saturdays");
    assertThat(page.select("#contact a[href^=tel:]").attr("href")).isEqualTo("tel:01134960003");
    assertThat(page.select("#facts").text())
        .contains("Autistic spectrum disorder", "Northshire Council", "NS1", "Polish")
        .contains("1 September 2026");
    assertThat(page.select("form[action$=/checked]")).isEmpty();

    Document due = Slices.show(mvc, OFFICER, "/directory/services/" + unchecked.id());
    assertThat(due.select("#tags").text()).contains("Check due");
    assertThat(due.select("#check-due")).hasSize(1);
    assertThat(due.select("form[action$=/checked] button").text())
        .isEqualTo("Mark as checked today");
  }

  @Test
  void onlyKeepersMayAddOrChange() throws Exception {
    mvc.perform(get("/directory/services/new").with(user(PARENT)))
        .andExpect(status().isForbidden());
    mvc.perform(Slices.form(PARENT, "/directory/services", "name", "X"))
        .andExpect(status().isForbidden());
    mvc.perform(Slices.form(PARENT, "/directory/services/" + razem.id() + "/checked"))
        .andExpect(status().isForbidden());
    verify(directory, never()).add(any(), any());
  }

  @Test
  void anAddedServiceGoesToItsPageAndAProblemIsShownBesideItsField() throws Exception {
    given(directory.add(eq(OFFICER), any())).willReturn(razem);
    mvc.perform(
            Slices.form(
                OFFICER,
                "/directory/services",
                "name",
                razem.name(),
                "summary",
                "Help",
                "kind",
                "SUPPORT_GROUP",
                "authorities",
                "990",
                "districts",
                "NS1, NS2",
                "phone",
                "0113 496 0003"))
        .andExpect(redirectedUrl("/directory/services/" + razem.id()));

    given(directory.add(eq(OFFICER), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("name", "directory.error.name"),
                    new FieldMessage("areas", "directory.error.noArea"))));
    Document refused = Slices.submit(mvc, OFFICER, "/directory/services", "name", "");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#name Enter the name of the service",
            "#authorities Tick at least one council, or give a postcode district");
  }

  @Test
  void aStaleChangeShowsTheServiceAsSavedAndWhatWasTyped() throws Exception {
    given(directory.change(eq(OFFICER), eq(razem.id()), any(), eq(2L)))
        .willThrow(new EditConflict());
    Document page =
        Slices.submit(
            mvc,
            OFFICER,
            "/directory/services/" + razem.id(),
            "version",
            "2",
            "name",
            "Renamed",
            "summary",
            "Help",
            "kind",
            "SUPPORT_GROUP",
            "authorities",
            "990");
    assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this");
    assertThat(page.select("input#name").val()).isEqualTo(razem.name());
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("#your-changes").text()).contains("Renamed");
  }
}
