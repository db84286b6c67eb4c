package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.plan.PlanPages.PARENT;
import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Adding, changing and removing the items of a plan, one form per kind. */
@WebMvcTest(PlanFormPageController.class)
@Import(PlanPages.Slice.class)
class PlanFormPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;

  AccessibleChild sarah;
  PlanPages.Thread thread;
  String plan;

  @BeforeEach
  void sarahsPlan() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    thread = PlanPages.thread();
    plan = "/children/" + sarah.id() + "/plan";
    PlanPages.rightsAsTheyAre(plans);
    given(plans.plan(any())).willReturn(PlanPages.plan(sarah.id(), thread));
    given(plans.item(sarah, PlanItemKind.OUTCOMES, thread.outcome().id()))
        .willReturn(thread.outcome());
  }

  @Test
  void theNeedFormLabelsEachFieldAndOffersTheHopesToLinkTo() throws Exception {
    Document page = Slices.show(mvc, SENCO, plan + "/needs/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a need");
    assertThat(page.select("main form").attr("action")).isEqualTo(plan + "/needs/new");
    assertThat(page.select("label[for=text]").text()).isEqualTo("What is the need?");
    assertThat(page.select("textarea#text").attr("aria-describedby")).contains("text-hint");
    assertThat(page.select("#text-hint").text())
        .isEqualTo("What makes things harder for the child, in plain words.");
    assertThat(page.select("fieldset:has(input[name=area]) legend").text())
        .isEqualTo("Which area of need is it in?");
    String hope = thread.aspiration().id().toString();
    String boxId = page.select("input[name=aspirationIds][value=" + hope + "]").attr("id");
    assertThat(page.select("label[for=" + boxId + "]").text())
        .isEqualTo("To have a friend to play with");
  }

  @Test
  void anOutcomeIsShownAsSavedInItsFormWithItsVersion() throws Exception {
    String edit = plan + "/outcomes/" + thread.outcome().id() + "/edit";

    Document page = Slices.show(mvc, SENCO, edit);

    assertThat(page.select("h1").text()).isEqualTo("Change an outcome");
    assertThat(page.select("main form").attr("action")).isEqualTo(edit);
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("label[for=text]").text()).isEqualTo("What should change?");
    assertThat(page.select("textarea#text").text()).isEqualTo("Joins a game at playtime");
    assertThat(page.select("#targetDate\\.day").val()).isEqualTo("20");
    assertThat(page.select("#targetDate\\.month").val()).isEqualTo("7");
    assertThat(page.select("input[name=status][checked]").val()).isEqualTo("IN_PROGRESS");
    assertThat(page.select("input[name=needIds][checked]").val())
        .isEqualTo(thread.need().id().toString());
  }

  @Test
  void supportThatCannotBeReadIsShownAgainWithEveryProblemAndWhatWasTyped() throws Exception {
    Document page =
        Slices.submit(
            mvc,
            SENCO,
            plan + "/provisions/new",
            "description",
            "",
            "deliveredByRole",
            "TEACHING_ASSISTANT",
            "sessionsPerWeek",
            "two",
            "minutesPerSession",
            "30",
            "startDate.day",
            "31",
            "startDate.month",
            "2",
            "startDate.year",
            "2027");

    assertThat(page.title()).startsWith("Error: Add support");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#description", "#sessionsPerWeek", "#startDate.day");
    assertThat(page.select("#description-error").text())
        .contains("Describe the provision: what will be done");
    assertThat(page.select("#sessionsPerWeek-error").text())
        .contains("Enter how many sessions a week, as a whole number from 1 to 50");
    assertThat(page.select("#sessionsPerWeek").val()).isEqualTo("two");
    assertThat(page.select("#minutesPerSession").val()).isEqualTo("30");
    assertThat(page.select("#startDate\\.day").val()).isEqualTo("31");
    assertThat(page.select("input[name=deliveredByRole][checked]").val())
        .isEqualTo("TEACHING_ASSISTANT");
    verify(plans, never()).add(any(), any());
  }

  @Test
  void aTickBoxOrAVersionSentAValueNoPageSendsIsA400AndNothingIsSaved() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                plan + "/outcomes/new",
                "text",
                "Joins a game at playtime",
                "successCriteria",
                "Three times a week",
                "writtenWithFamily",
                "NOPE"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            Slices.form(
                SENCO,
                plan + "/outcomes/" + thread.outcome().id() + "/edit",
                "text",
                "Joins a game at playtime",
                "version",
                "1.5"))
        .andExpect(status().isBadRequest());
    verify(plans, never()).add(any(), any());
    verify(plans, never()).update(any(), any(), anyLong(), any());
  }

  @Test
  void aNewNeedIsAddedWithWhatWasTypedAndTheFamilyHearsOfItOnThePlan() throws Exception {
    given(plans.add(any(), any())).willReturn(thread.need());

    mvc.perform(
            Slices.form(
                SENCO,
                plan + "/needs/new",
                "text",
                "Finds it hard to join in a game",
                "area",
                "SEMH",
                "aspirationIds",
                thread.aspiration().id().toString()))
        .andExpect(redirectedUrl(plan))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success(
                        "plan.form.added.NEEDS", "Finds it hard to join in a game")));

    verify(plans)
        .add(
            sarah,
            new ItemInput.Need(
                "Finds it hard to join in a game",
                AreaOfNeed.SEMH,
                List.of(thread.aspiration().id()),
                null));
  }

  @Test
  void aStaleSaveShowsWhatIsSavedNowBesideWhatWasTypedKeptOverTheNewVersion() throws Exception {
    OutcomeView now =
        new OutcomeView(
            thread.outcome().id(),
            "Joins a game at playtime with a friend",
            "Four playtimes out of five",
            PlanPages.TARGET,
            OutcomeStatus.IN_PROGRESS,
            false,
            thread.outcome().needIds(),
            thread.outcome().provisionIds(),
            PlanPages.MONDAY,
            4);
    String edit = plan + "/outcomes/" + now.id() + "/edit";
    given(plans.update(any(), any(), anyLong(), any())).willThrow(new EditConflict());
    given(plans.item(sarah, PlanItemKind.OUTCOMES, now.id())).willReturn(thread.outcome(), now);
    given(plans.changes(sarah, PlanItemKind.OUTCOMES, now.id())).willReturn(PlanPages.added(now));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            edit,
            "version",
            "3",
            "text",
            "Joins in at playtime",
            "successCriteria",
            "Four playtimes out of five",
            "targetDate.day",
            "20",
            "targetDate.month",
            "7",
            "targetDate.year",
            "2027",
            "status",
            "IN_PROGRESS");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this while you were writing");
    assertThat(page.select("#conflict").text())
        .contains("What is saved now", "Joins a game at playtime with a friend", "What you wrote");
    assertThat(page.select("#conflict").text()).contains("Changed by Helen Carter");
    assertThat(page.select("textarea#text").text()).isEqualTo("Joins in at playtime");
    assertThat(page.select("input[name=version]").val()).isEqualTo("4");
    verify(plans).update(eq(sarah), eq(now.id()), eq(3L), any());
  }

  @Test
  void aChangeWithAProblemIsShownAgainAsTypedOverTheVersionItWasMadeOver() throws Exception {
    String edit = plan + "/outcomes/" + thread.outcome().id() + "/edit";
    String need = thread.need().id().toString();

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            edit,
            "version",
            "2",
            "text",
            "Joins in at playtime",
            "targetDate.day",
            "31",
            "targetDate.month",
            "2",
            "targetDate.year",
            "2027",
            "writtenWithFamily",
            "true",
            "needIds",
            need);

    assertThat(page.select("#targetDate-error").text()).contains("Enter a real date");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#targetDate.day");
    assertThat(page.select("textarea#text").text()).isEqualTo("Joins in at playtime");
    assertThat(page.select("#targetDate\\.day").val()).isEqualTo("31");
    assertThat(page.select("input[name=writtenWithFamily][checked]").val()).isEqualTo("true");
    assertThat(page.select("input[name=needIds][checked]").val()).isEqualTo(need);
    assertThat(page.select("input[name=version]").val()).isEqualTo("2");
    verify(plans, never()).update(any(), any(), anyLong(), any());
  }

  @Test
  void eachKindIsReadFromItsOwnFields() throws Exception {
    given(plans.add(any(), any())).willReturn(thread.need());

    mvc.perform(
            Slices.form(
                SENCO,
                plan + "/strategies/new",
                "text",
                "A quiet space at lunch",
                "usedAt",
                "SCHOOL"))
        .andExpect(redirectedUrl(plan));
    mvc.perform(
            Slices.form(
                SENCO,
                plan + "/aspirations/new",
                "text",
                "To play football",
                "voice",
                "CHILD",
                "_needIds",
                "on"))
        .andExpect(redirectedUrl(plan));

    verify(plans).add(sarah, new ItemInput.Strategy("A quiet space at lunch", UsedAt.SCHOOL));
    verify(plans).add(sarah, new ItemInput.Aspiration("To play football", Voice.CHILD, List.of()));
  }

  @Test
  void aFormForNoKindIsNotFoundAndAChangeWithoutItsVersionIsRefused() throws Exception {
    String edit = plan + "/outcomes/" + thread.outcome().id() + "/edit";

    mvc.perform(Slices.form(SENCO, plan + "/hopes/new", "text", "Shy"))
        .andExpect(status().isNotFound());
    mvc.perform(
            Slices.form(SENCO, plan + "/hopes/" + thread.outcome().id() + "/edit", "text", "Shy"))
        .andExpect(status().isNotFound());
    mvc.perform(Slices.form(SENCO, edit, "text", "Joins in at playtime"))
        .andExpect(status().isBadRequest());
    verify(plans, never()).add(any(), any());
    verify(plans, never()).update(any(), any(), anyLong(), any());
  }

  @Test
  void removingAsksFirstThenRemovesTheVersionSeen() throws Exception {
    String remove = plan + "/outcomes/" + thread.outcome().id() + "/remove";

    Document page = Slices.show(mvc, SENCO, remove);
    assertThat(page.select("h1").text()).isEqualTo("Remove this outcome from the plan?");
    assertThat(page.select("#remove-form").attr("action")).isEqualTo(remove);
    assertThat(page.select("#remove-form input[name=version]").val()).isEqualTo("3");

    mvc.perform(Slices.form(SENCO, remove, "version", "3"))
        .andExpect(redirectedUrl(plan))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("plan.form.removed.OUTCOMES", "Joins a game at playtime")));
    verify(plans).remove(sarah, PlanItemKind.OUTCOMES, thread.outcome().id(), 3L);

    mvc.perform(Slices.form(SENCO, remove)).andExpect(status().isBadRequest());
    mvc.perform(Slices.form(SENCO, remove, "version", "")).andExpect(status().isBadRequest());
    verify(plans, org.mockito.Mockito.times(1)).remove(any(), any(), any(), any());
  }

  @Test
  void removingWhatSomeoneChangedMeanwhileShowsItAgainAsItIsNow() throws Exception {
    String remove = plan + "/outcomes/" + thread.outcome().id() + "/remove";
    willThrow(new EditConflict())
        .given(plans)
        .remove(sarah, PlanItemKind.OUTCOMES, thread.outcome().id(), 2L);

    Document page = Slices.submit(mvc, SENCO, remove, "version", "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone changed this since you opened the page");
    assertThat(page.select("#remove-form input[name=version]").val()).isEqualTo("3");
  }

  @Test
  void aParentMayAddAHopeButNotANeedAndSomeoneTheDoorRefusesFindsNoForm() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, PlanPages.CHILD, Relationship.PARENT);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    Document hope =
        Slices.show(mvc, PARENT, "/children/" + asParent.id() + "/plan/aspirations/new");
    assertThat(hope.select("h1").text()).isEqualTo("Add an aspiration");
    assertThat(hope.select("label[for=text]").text()).isEqualTo("What is the hope?");
    assertThat(hope.select("input[name=needIds]")).isEmpty();
    mvc.perform(get("/children/" + asParent.id() + "/plan/needs/new").with(user(PARENT)))
        .andExpect(status().isForbidden());
    mvc.perform(
            Slices.form(PARENT, "/children/" + asParent.id() + "/plan/needs/new", "text", "Shy"))
        .andExpect(status().isForbidden());
    mvc.perform(get(plan + "/needs/new").with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, plan + "/needs/new", "text", "Shy"))
        .andExpect(status().isNotFound());
    verify(plans, never()).add(any(), any());
  }
}
