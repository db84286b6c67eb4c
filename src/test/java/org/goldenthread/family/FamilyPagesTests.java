package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.TestChildren;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The family page: adding and changing parents and carers, the family's context, invitations; and
 * the family's panel on the child's page.
 */
@IntegrationTest
@Import(TestChildren.class)
class FamilyPagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Families families;
  PageSession senco;
  ChildSummary child;

  @BeforeEach
  void signIn() {
    senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    child = fixtures.create("Noah", TestChildren.unique("Green"));
  }

  private String family() {
    return "/children/" + child.id() + "/family";
  }

  private static Map<String, String> member(String name, String email) {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", name);
    fields.put("email", email);
    fields.put("phone", "07700 900123");
    fields.put("relationship", "MOTHER");
    fields.put("parentalResponsibility", "true");
    fields.put("household", "Mum’s home");
    fields.put("preferredLanguage", "POL");
    fields.put("preferredFormat", "EASY_READ");
    fields.put("contactChannel", "TEXT_MESSAGE");
    fields.put("informationLimited", "false");
    fields.put("limitationNote", "");
    return fields;
  }

  @Test
  void theChildPageShowsTheFamilyAfterTheOtherPanelsWithALinkToItsDetails() {
    Element empty = senco.get("/children/" + child.id()).document().getElementById("family");
    assertThat(empty.text()).contains("No parents or carers have been added yet.");

    families.add(
        fixtures.as(TestChildren.SENCO, child.id()),
        TestChildren.details("Ruth Green", FamilyRelationship.MOTHER));
    Document page = senco.get("/children/" + child.id()).document();

    assertThat(page.select("nav a[href^=#]").eachAttr("href"))
        .startsWith("#record", "#profile", "#team")
        .contains("#plan", "#meetings")
        .last()
        .isEqualTo("#family");
    assertThat(page.select("nav a[href=#family]").text()).isEqualTo("Family");
    Element panel = page.getElementById("family");
    assertThat(panel.attr("aria-labelledby")).isEqualTo("family-heading");
    assertThat(panel.select("li").eachText()).containsExactly("Ruth Green (Mother)");
    assertThat(panel.select("a").eachAttr("href")).containsExactly(family());
  }

  @Test
  void theSencoAddsAParentWithErrorsShownBesideTheFieldsThenInvitesThem() {
    Page page = senco.get(family());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().text()).contains("No parents or carers have been added yet.");

    Page form = senco.get(family() + "/new");
    Map<String, String> bad = member("", "not-an-email");
    bad.put("relationship", "");
    Page refused = senco.submit(form, "main form", bad);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#name", "#relationship", "#email");
    assertThat(refused.document().select("#email").val()).isEqualTo("not-an-email");
    assertThat(refused.document().select("input[name=preferredFormat][checked]").val())
        .isEqualTo("EASY_READ");

    String email = TestChildren.unique("anna").toLowerCase() + "@example.org";
    Page added = senco.submit(refused, "main form", member("Anna Green", email));
    assertThat(added.status()).isEqualTo(302);
    Page shown = senco.get(added.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("Anna Green has been added to the family");
    assertThat(shown.document().select(".govuk-summary-card").text())
        .contains("Mother", "Easy read", "Text message", "Polish", "Mum’s home");

    Page invited = senco.submit(shown, "form[action$=/invite]", Map.of());
    assertThat(invited.status()).isEqualTo(302);
    Page after = senco.get(invited.location());
    assertThat(after.document().select(".govuk-notification-banner--success").text())
        .contains("Invitation sent to " + email);
  }

  @Test
  void parentalResponsibilityMustBeAnswered() {
    Page form = senco.get(family() + "/new");
    Map<String, String> fields = member("Sam Green", "");
    fields.remove("parentalResponsibility");
    Page refused = senco.submit(form, "main form", fields);
    assertThat(refused.document().select("#parentalResponsibility-error").text())
        .contains("Select yes if they have parental responsibility for the child");
  }

  @Test
  void aStaleEditOfAMemberIsAConflict() {
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    FamilyMemberView dad =
        families.add(
            asSenco,
            new FamilyMemberDetails(
                "Tom Green",
                null,
                null,
                FamilyRelationship.FATHER,
                true,
                null,
                null,
                null,
                null,
                false,
                null));
    Page form = senco.get(family() + "/" + dad.id() + "/edit");
    assertThat(form.document().select("#name").val()).isEqualTo("Tom Green");
    families.update(
        asSenco,
        dad.id(),
        dad.version(),
        new FamilyMemberDetails(
            "Thomas Green",
            null,
            null,
            FamilyRelationship.FATHER,
            true,
            null,
            null,
            null,
            null,
            false,
            null));

    Map<String, String> typed = member("Tommy Green", "");
    typed.put("relationship", "FATHER");
    Page conflict = senco.submit(form, "main form", typed);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed these details");
    assertThat(conflict.document().select("#your-changes").text()).contains("Tommy Green");
    assertThat(conflict.document().select("#name").val()).isEqualTo("Thomas Green");
  }

  @Test
  void theFamilysContextIsSavedAndATeacherDoesNotSeeIt() {
    Page form = senco.get(family() + "/context");
    assertThat(form.status()).isEqualTo(200);
    Page saved =
        senco.submit(
            form,
            "main form",
            Map.of(
                "culture", "",
                "religion", "Prayer on Fridays",
                "parentingArrangements", "Weekends with Dad",
                "circumstances", ""));
    assertThat(saved.status()).isEqualTo(302);
    Page shown = senco.get(saved.location());
    assertThat(shown.document().select("#context").text())
        .contains("Prayer on Fridays", "Weekends with Dad", "Not given");

    PageSession teacher = new PageSession(port);
    teacher.signIn(TestChildren.TEACHER, TestChildren.PASSWORD);
    Page teachers = teacher.get(family());
    assertThat(teachers.status()).isEqualTo(200);
    assertThat(teachers.document().select("#context")).isEmpty();
    assertThat(teachers.document().select("a[href$=/family/new]")).isEmpty();
    assertThat(teacher.get(family() + "/new").status()).isEqualTo(403);
  }

  @Test
  void aCourtOrderNoteIsShownToTheSencoAndOnlyTheLimitToTeachers() {
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    families.add(
        asSenco,
        new FamilyMemberDetails(
            "Lee Green",
            null,
            null,
            FamilyRelationship.FATHER,
            true,
            null,
            null,
            null,
            null,
            true,
            "No information about the child’s school address"));
    assertThat(senco.get(family()).document().select(".govuk-warning-text").text())
        .contains("Information limited: No information about");

    PageSession teacher = new PageSession(port);
    teacher.signIn(TestChildren.TEACHER, TestChildren.PASSWORD);
    String teachers = teacher.get(family()).document().select(".govuk-warning-text").text();
    assertThat(teachers).contains("Information limited: do not share anything");
    assertThat(teachers).doesNotContain("No information about");
  }
}
