package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.PARENT;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The draft EHC plan page and its PDF: the sections A to K, and section F's unspecific support. */
@WebMvcTest(DraftPageController.class)
@Import(Slices.Pages.class)
class DraftPageControllerTests {

  static final String[] SECTIONS = {"a", "b", "c", "d", "e", "f", "g", "h1", "h2", "i", "j", "k"};

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean EhcDrafts drafts;
  @MockitoBean DraftDocument document;
  @MockitoBean Children children;

  AccessibleChild sarah;
  DraftPlan draft;
  String page;

  @BeforeEach
  void sarahsDraft() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    draft = DraftAssembler.assemble(DraftSources.full(sarah));
    page = "/children/" + sarah.id() + "/ehc-assessments/" + draft.assessment().id() + "/draft";
    given(drafts.draft(any(), eq(draft.assessment().id()))).willReturn(draft);
  }

  @Test
  void theDraftHasEverySectionInOrderWithAHintAndALinkToThePdf() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.title()).startsWith("Draft EHC plan for Sarah Bennett");
    assertThat(shown.select("h1").text()).isEqualTo("Draft EHC plan");
    assertThat(shown.select("main section[id^=section-]").eachAttr("id"))
        .containsExactlyElementsOf(
            Arrays.stream(SECTIONS).map(letter -> "section-" + letter).toList());
    for (String letter : SECTIONS) {
      Element section = shown.selectFirst("#section-" + letter);
      assertThat(section.attr("aria-labelledby")).isEqualTo("section-" + letter + "-heading");
      assertThat(section.selectFirst("h2").text()).startsWith(letter.toUpperCase() + ":");
      assertThat(section.select(".govuk-hint")).isNotEmpty();
    }
    assertThat(shown.select("nav li a").eachAttr("href")).contains("#section-a", "#section-k");
    assertThat(shown.select("main a[href=" + page + ".pdf]").text())
        .isEqualTo("Download the draft (PDF)");
    assertThat(shown.select(".govuk-back-link").attr("href"))
        .isEqualTo("/children/" + sarah.id() + "/ehc-assessments/" + draft.assessment().id());
    assertThat(shown.html()).as("every message is found").doesNotContain("??");
  }

  @Test
  void eachSectionShowsWhatIsRecordedForIt() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("#section-a").text())
        .contains("I want friends to see at the weekend.", "The child’s own words")
        .contains("We hope she travels on her own.", "A parent’s or carer’s words")
        .contains("What people like and admire about me", "Kind, funny and a brilliant artist.")
        .contains("She loves the group.", "Claire Bennett, 1 October 2026, about “Social skills")
        .doesNotContain("What is important to me", "Moved to Tuesdays.");
    assertThat(shown.select("#section-b h3").eachText())
        .containsExactly("Communication and interaction", "Social, emotional and mental health");
    assertThat(shown.select("#section-e").text())
        .contains("Outcome 1", "She names two friends she meets outside school.", "14 March 2029")
        .contains("Her language is delayed.");
    assertThat(shown.select("#section-i").text())
        .contains("Riverside Academy", "Secondary", "does not name a school");
    assertThat(shown.select("#section-k li").eachText())
        .anySatisfy(t -> assertThat(t).contains("5 January 2026").contains("A parent"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .isEqualTo(
                        "Advice from Educational psychology service, received on 20 March 2026"
                            + " (asked for on 11 February 2026)"))
        .anySatisfy(t -> assertThat(t).isEqualTo("The golden thread plan, version 12"));
    assertThat(shown.select("#advice-awaited li").eachText())
        .containsExactly("Northshire speech and language therapy, asked for on 12 February 2026");
    for (String empty : new String[] {"c", "d", "g", "h1", "h2", "j"}) {
      assertThat(shown.select("#section-" + empty).text())
          .as("section " + empty)
          .contains("Nothing recorded yet.");
    }
  }

  @Test
  void supportThatDoesNotSayWhoGivesItIsMarkedAndCounted() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("#flagged").text())
        .contains("1 item of support in section F does not say who gives it");
    DraftPlan.DraftProvision group = draft.provision().get(0);
    DraftPlan.DraftProvision therapy = draft.provision().get(1);
    Element specific = shown.selectFirst("#provision-" + group.provision().id());
    assertThat(specific.select(".govuk-tag, .govuk-warning-text")).isEmpty();
    assertThat(specific.text())
        .contains("A teaching assistant: Ellie Ward", "2 sessions a week")
        .contains("45 minutes each session", "In a group of 6", "From 1 September 2026");
    Element marked = shown.selectFirst("#provision-" + therapy.provision().id());
    assertThat(marked.select("h3 .govuk-tag").text()).isEqualTo("Not specific");
    assertThat(marked.select(".govuk-warning-text").text())
        .endsWith(
            "This does not say: who gives it (a named person or service, or which kind of"
                + " therapist).");
    assertThat(marked.text()).contains("A therapist", "1 session a week", "One to one");
  }

  @Test
  void withNothingRecordedTheSectionsSaySoAndNothingIsMarked() throws Exception {
    DraftPlan empty = DraftAssembler.assemble(DraftSources.empty(sarah));
    given(drafts.draft(any(), eq(empty.assessment().id()))).willReturn(empty);

    Document shown =
        Slices.show(
            mvc,
            SENCO,
            "/children/" + sarah.id() + "/ehc-assessments/" + empty.assessment().id() + "/draft");

    for (String letter : new String[] {"a", "b", "e", "f"}) {
      assertThat(shown.select("#section-" + letter).text()).contains("Nothing recorded yet.");
    }
    assertThat(shown.select("#flagged").text()).startsWith("Every item of support");
    assertThat(shown.select(".govuk-tag")).isEmpty();
    assertThat(shown.select("#advice-awaited")).isEmpty();
  }

  @Test
  void thePdfIsTheDocumentsDownload() throws Exception {
    given(document.download(any(), eq(draft.assessment().id()), any()))
        .willReturn(Slices.pdf("draft-ehc-plan-sarah-bennett-2026-11-23.pdf"));

    mvc.perform(get(page + ".pdf").with(user(SENCO)))
        .andExpect(Slices.pdfDownload("draft-ehc-plan-sarah-bennett-2026-11-23.pdf"));
  }

  @Test
  void aStrangerAndAnotherChildsAssessmentFindNothing() throws Exception {
    TestDoor.refuses(access, PARENT);
    mvc.perform(get(page).with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get(page + ".pdf").with(user(PARENT))).andExpect(status().isNotFound());

    UUID elsewhere = UUID.randomUUID();
    given(drafts.draft(any(), eq(elsewhere))).willThrow(NotFound.error());
    given(document.download(any(), eq(elsewhere), any())).willThrow(NotFound.error());
    String other = "/children/" + sarah.id() + "/ehc-assessments/" + elsewhere + "/draft";
    mvc.perform(get(other).with(user(SENCO))).andExpect(status().isNotFound());
    mvc.perform(get(other + ".pdf").with(user(SENCO))).andExpect(status().isNotFound());
    mvc.perform(
            get("/children/" + sarah.id() + "/ehc-assessments/not-an-id/draft").with(user(SENCO)))
        .andExpect(status().isNotFound());
  }
}
