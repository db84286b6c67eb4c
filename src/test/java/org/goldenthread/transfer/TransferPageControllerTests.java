package org.goldenthread.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.Teams;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
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
 * The pages of a move: the proposal form (schools from the directory, a date, problems beside their
 * fields), the move's page for the family (the question with what each answer means) and for the
 * school (cancel), and the copy kept by the school left behind, read whatever it holds.
 */
@WebMvcTest(TransferPageController.class)
@Import({Slices.Pages.class, CopySections.class})
class TransferPageControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Transfers transfers;
  @MockitoBean TransferReads reads;
  @MockitoBean Teams teams;

  AccessibleChild sarah;
  AccessibleChild asParent;
  TransferView proposed;

  @BeforeEach
  void sarahsMove() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    asParent = TestDoor.sameChild(sarah, PARENT, Relationship.PARENT);
    proposed = TransferViews.of(sarah, TransferStatus.PROPOSED);
    given(transfers.destinations(any()))
        .willReturn(
            List.of(
                new SchoolSummary(
                    proposed.toSchoolId(),
                    "900002",
                    "Brook Primary School",
                    SchoolPhase.PRIMARY,
                    null,
                    "Northshire",
                    0)));
    given(reads.get(any(), eq(proposed.id()))).willReturn(proposed);
    given(reads.childFor(eq(SENCO), any())).willReturn(sarah);
    given(reads.childFor(eq(PARENT), any())).willReturn(asParent);
  }

  @Test
  void theFormOffersTheDirectorysSchoolsAndADate() throws Exception {
    Document page = Slices.show(mvc, SENCO, "/children/" + sarah.id() + "/transfers/new");

    assertThat(page.select("h1").text()).isEqualTo("Propose a move to another school");
    assertThat(page.select("label[for=toSchoolId]").text())
        .isEqualTo("The school they are moving to");
    assertThat(page.select("#toSchoolId option").eachText())
        .containsExactly("Choose a school", "Brook Primary School");
    assertThat(page.select("#movesOn-hint").text()).contains("1 9 2027");
  }

  @Test
  void problemsAreSummarisedAndShownBesideTheirFields() throws Exception {
    given(transfers.propose(any(), any()))
        .willThrow(ValidationProblem.of("toSchoolId", "transfer.error.sameSchool"));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            "/children/" + sarah.id() + "/transfers",
            "toSchoolId",
            proposed.toSchoolId().toString(),
            "movesOn.day",
            "1",
            "movesOn.month",
            "9",
            "movesOn.year",
            "2027");

    assertThat(page.title()).startsWith("Error:");
    assertThat(page.select(".govuk-error-summary a[href=#toSchoolId]").text())
        .contains("a move within the child's own school is not a transfer");
    assertThat(page.select("#toSchoolId-error").text()).contains("not a transfer");

    Document unreal =
        Slices.submit(
            mvc,
            SENCO,
            "/children/" + sarah.id() + "/transfers",
            "toSchoolId",
            proposed.toSchoolId().toString(),
            "movesOn.day",
            "31",
            "movesOn.month",
            "2",
            "movesOn.year",
            "2027");
    assertThat(unreal.select("#movesOn-error").text()).contains("must be a real date");
  }

  @Test
  void aProposalGoesToItsPage() throws Exception {
    given(transfers.propose(eq(sarah), any())).willReturn(proposed);

    mvc.perform(
            Slices.form(
                SENCO,
                "/children/" + sarah.id() + "/transfers",
                "toSchoolId",
                proposed.toSchoolId().toString(),
                "movesOn.day",
                "1",
                "movesOn.month",
                "9",
                "movesOn.year",
                "2027"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/transfers/" + proposed.id()));
  }

  @Test
  void theFamilyIsAskedWithWhatEachAnswerMeans() throws Exception {
    Document page = Slices.show(mvc, PARENT, "/transfers/" + proposed.id());

    assertThat(page.select("h1").text()).isEqualTo("Moving to Brook Primary School");
    assertThat(page.select("#status").text()).isEqualTo("Waiting for the family");
    assertThat(page.select(".govuk-warning-text").text()).contains("primary school");
    assertThat(page.select("#answer").text())
        .contains("If you agree", "If you decline", "consent again");
    assertThat(page.select("input[name=agreed]")).hasSize(2);
    assertThat(page.select("#cancel")).isEmpty();

    Document unanswered =
        Slices.submit(mvc, PARENT, "/transfers/" + proposed.id() + "/agreement", "version", "3");
    assertThat(unanswered.select(".govuk-error-summary a[href=#agreed]").text())
        .isEqualTo("Say whether you agree to the move");
  }

  @Test
  void theAnswerReachesTheServiceAndTheSchoolMayCancel() throws Exception {
    mvc.perform(
            Slices.form(
                PARENT,
                "/transfers/" + proposed.id() + "/agreement",
                "agreed",
                "true",
                "version",
                "3"))
        .andExpect(redirectedUrl("/transfers/" + proposed.id()));
    verify(transfers).answer(PARENT, proposed.id(), true, 3L);

    Document page = Slices.show(mvc, SENCO, "/transfers/" + proposed.id());
    assertThat(page.select("#answer")).isEmpty();
    assertThat(page.select("#cancel").text()).isEqualTo("Cancel this move");
  }

  @Test
  void theCopyIsReadWhateverKindsOfRecordItHolds() throws Exception {
    TransferView completed = TransferViews.of(sarah, TransferStatus.COMPLETED);
    given(reads.copy(SENCO, completed.id()))
        .willReturn(
            new TransferReads.KeptCopy(
                completed,
                "{\"schemaVersion\": 1, \"exportedAt\": \"2027-09-01T08:00:00Z\","
                    + " \"child\": {\"givenName\": \"Sarah\", \"yearGroup\": \"9\"},"
                    + " \"annualReviews\": [{\"heldOn\": \"2027-03-01\", \"outcome\": \"kept\"},"
                    + " {\"heldOn\": \"2026-03-01\", \"notes\": [\"one\", \"two\"]}]}"));
    given(reads.copy(eq(PARENT), any())).willThrow(NotFound.error());

    Document page = Slices.show(mvc, SENCO, "/transfers/" + completed.id() + "/copy");

    assertThat(page.select("h2[id^=copy-]").eachText())
        .containsExactlyInAnyOrder("The child", "Annual reviews");
    assertThat(page.select(".govuk-summary-list").text()).contains("Given name", "Sarah");
    assertThat(page.select("table th").eachText()).containsExactly("Held on", "Outcome", "Notes");
    assertThat(page.select("table tbody tr")).hasSize(2);
    assertThat(page.select("table").text()).contains("one; two");
    assertThat(page.select("main form")).as("read-only").isEmpty();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/transfers/" + completed.id() + "/copy")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(PARENT)))
        .andExpect(status().isNotFound());
  }
}
