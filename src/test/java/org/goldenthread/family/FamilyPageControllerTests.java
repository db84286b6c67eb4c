package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
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
import org.goldenthread.child.ChildPages;
import org.goldenthread.child.ChildViews;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PageBanner;
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

@WebMvcTest(FamilyPageController.class)
@Import({ChildPages.Slice.class, FamilyCards.class})
class FamilyPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Families families;
  @MockitoBean FamilyContexts contexts;

  AccessibleChild sarah;
  FamilyMemberView claire;

  @BeforeEach
  void sarahsFamily() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
    claire = FamilyViews.parent("Claire Bennett", "claire@example.org", false);
    given(families.members(any())).willReturn(List.of(claire));
    given(contexts.context(any()))
        .willReturn(new FamilyContextView(null, null, "Weekends with Dad", null, 1));
  }

  private String family() {
    return "/children/" + sarah.id() + "/family";
  }

  @Test
  void theSencoSeesEachParentTheInvitationAndWhatTheFamilyAsks() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, family());

    assertThat(page.select("h1").text()).isEqualTo("Family");
    assertThat(page.select("#member-" + claire.id()).text())
        .contains("Claire Bennett", "Mother", "claire@example.org");
    assertThat(page.select("form[action=" + family() + "/" + claire.id() + "/invite]")).hasSize(1);
    assertThat(page.select("#context").text()).contains("Weekends with Dad");
    assertThat(page.select("a[href=" + family() + "/new]").text())
        .isEqualTo("Add a parent or carer");
  }

  @Test
  void aTeacherReadsTheFamilyButNotItsCircumstancesNorTheWayToChangeIt() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);

    Document page = ChildPages.show(mvc, TEACHER, "/children/" + asTeacher.id() + "/family");

    assertThat(page.select("#member-" + claire.id()).text()).contains("Claire Bennett");
    assertThat(page.select("#context")).isEmpty();
    assertThat(page.select("main a[href$=/family/new], main form[action$=/invite]")).isEmpty();
    verify(contexts, never()).context(any());
  }

  @Test
  void asksForEachDetailOfANewParentWithItsHint() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, family() + "/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a parent or carer");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Full name");
    assertThat(page.select("label[for=relationship]").text())
        .isEqualTo("Relationship to the child");
    assertThat(page.select("select#relationship option[value=KINSHIP_CARER]").text())
        .isEqualTo("Kinship carer");
    assertThat(page.select("#parentalResponsibility-hint").text())
        .startsWith("The legal rights and duties of a parent");
    assertThat(page.select("label[for=parentalResponsibility]").text()).isEqualTo("Yes");
    assertThat(page.select("input#parentalResponsibility").val()).isEqualTo("true");
    assertThat(page.select("label[for=email]").text()).isEqualTo("Email address (optional)");
    assertThat(page.select("#email-hint").text())
        .isEqualTo("Needed to invite them to Golden Thread");
    assertThat(page.select("input[name=preferredFormat][checked]").val()).isEqualTo("STANDARD");
    assertThat(page.select("main form").attr("action")).isEqualTo(family() + "/new");
  }

  @Test
  void addsAParentWithWhatWasTypedAndGoesBackToTheFamily() throws Exception {
    given(families.add(any(), any())).willReturn(claire);

    mvc.perform(
            ChildPages.form(
                SENCO,
                family() + "/new",
                "name",
                "Claire Bennett",
                "relationship",
                "MOTHER",
                "parentalResponsibility",
                "true",
                "email",
                "claire@example.org",
                "preferredFormat",
                "LARGE_PRINT",
                "contactChannel",
                "PHONE",
                "addressWithheld",
                "false"))
        .andExpect(redirectedUrl(family()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.family.banner.added", "Claire Bennett")));

    verify(families)
        .add(
            sarah,
            new FamilyMemberDetails(
                "Claire Bennett",
                "claire@example.org",
                null,
                FamilyRelationship.MOTHER,
                true,
                null,
                null,
                PreferredFormat.LARGE_PRINT,
                ContactChannel.PHONE,
                false,
                null,
                null,
                false));
  }

  @Test
  void nothingIsSavedUntilParentalResponsibilityIsAnswered() throws Exception {
    Document page = ChildPages.submit(mvc, SENCO, family() + "/new", "name", "Claire Bennett");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#parentalResponsibility Select yes if they have parental responsibility for the child");
    assertThat(page.select("#parentalResponsibility-error").text())
        .contains("Select yes if they have parental responsibility");
    assertThat(page.select("input#name").val()).isEqualTo("Claire Bennett");
    verify(families, never()).add(any(), any());
  }

  @Test
  void whatTheServiceRefusesFollowsTheOrderOfThePage() throws Exception {
    given(families.add(any(), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("email", "child.family.error.email"),
                    new FieldMessage("name", "child.family.error.name"))));

    Document page =
        ChildPages.submit(
            mvc, SENCO, family() + "/new", "parentalResponsibility", "false", "email", "claire@");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#name", "#email");
    assertThat(page.select("#email-error").text())
        .contains("Enter an email address in the right format");
    assertThat(page.select("input#email").val()).isEqualTo("claire@");
    assertThat(page.select("input[name=parentalResponsibility][checked]").val()).isEqualTo("false");
  }

  @Test
  void invitingAParentSaysWhereTheInvitationWent() throws Exception {
    given(families.invite(sarah, claire.id()))
        .willReturn(
            new InvitationSummary(
                null, "claire@example.org", "Claire Bennett", Role.PARENT, null, null, null, null));

    mvc.perform(ChildPages.form(SENCO, family() + "/" + claire.id() + "/invite"))
        .andExpect(redirectedUrl(family()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.family.banner.invited", "claire@example.org")));
  }

  @Test
  void onlyThoseWhoMayEditTheFamilyChangeItAndStrangersFindNothing() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    String teachers = "/children/" + asTeacher.id() + "/family";
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(teachers + "/new").with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, teachers + "/new", "name", "Claire Bennett"))
        .andExpect(status().isForbidden());
    mvc.perform(get(teachers + "/context").with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, teachers + "/" + claire.id() + "/invite"))
        .andExpect(status().isForbidden());
    mvc.perform(get(family()).with(user(stranger))).andExpect(status().isNotFound());

    verify(families, never()).add(any(), any());
    verify(families, never()).invite(any(), any());
  }
}
