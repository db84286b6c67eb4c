package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The list of children, adding a child, the child's page and correcting the record. */
@IntegrationTest
@Import(TestChildren.class)
class ChildPagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Children children;
  PageSession senco;

  @BeforeEach
  void signIn() {
    senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
  }

  private Map<String, String> child(String given, String family, String upn) {
    Map<String, String> fields = new HashMap<>();
    fields.put("givenName", given);
    fields.put("familyName", family);
    fields.put("preferredName", "");
    fields.put("dateOfBirth.day", "27");
    fields.put("dateOfBirth.month", "3");
    fields.put("dateOfBirth.year", "2014");
    fields.put("upn", upn);
    fields.put("schoolId", fixtures.riverside().id().toString());
    fields.put("yearGroup", "7");
    fields.put("senStatus", "K");
    fields.put("primaryNeed", "SLCN");
    fields.put("secondaryNeed", "");
    fields.put("homeLanguages", "ENG,POL");
    fields.put("interpreterNeeded", "true");
    return fields;
  }

  @Test
  void theSencoAddsAChildAndAWrongUpnIsShownBesideItsFieldWithEverythingKept() {
    Page list = senco.get("/children");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.document().select("a.govuk-button[href=/children/new]").text())
        .isEqualTo("Add a child");

    Page form = senco.get("/children/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("h1").text()).isEqualTo("Add a child");
    assertThat(form.document().select("#upn-hint").text()).contains("13 characters");
    assertThat(form.document().select("#senStatus-2 + label").text()).isEqualTo("SEN support");
    assertThat(form.document().select("#primaryNeed option[value=SLCN]").text())
        .isEqualTo("Speech, language and communication needs");

    String family = TestChildren.unique("Bennett");
    String upn = TestChildren.freshUpn();
    Page refused =
        senco.submit(
            form,
            "form[action$=/children/new]",
            child("Sarah", family, TestChildren.withWrongCheckLetter(upn)));

    assertThat(refused.status()).isEqualTo(200);
    Document page = refused.document();
    assertThat(page.title()).startsWith("Error:");
    assertThat(page.select(".govuk-error-summary a[href=#upn]").text())
        .isEqualTo(
            "The UPN's check letter does not match the rest of the number: check it was copied"
                + " correctly");
    assertThat(page.select("#upn-error").text()).contains("check letter does not match");
    assertThat(page.select("#givenName").val()).isEqualTo("Sarah");
    assertThat(page.select("#familyName").val()).isEqualTo(family);
    assertThat(page.select("input[name=dateOfBirth.day]").val()).isEqualTo("27");
    assertThat(page.select("#schoolId option[selected]").text()).isEqualTo("Riverside Academy");
    assertThat(page.select("#primaryNeed option[selected]").val()).isEqualTo("SLCN");
    assertThat(page.select("#homeLanguages option[selected]").text()).isEqualTo("English");
    assertThat(page.select("#homeLanguages-2 option[selected]").text()).isEqualTo("Polish");
    assertThat(page.select("input[name=interpreterNeeded][checked]").val()).isEqualTo("true");

    Page added = senco.submit(refused, "form[action$=/children/new]", child("Sarah", family, upn));
    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).matches(".*/children/[0-9a-f-]{36}");

    Page shown = senco.get(added.location());
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("Sarah " + family + " has been added");
    assertThat(shown.document().select("h1").text()).isEqualTo("Sarah " + family);
    assertThat(shown.document().select("#record").text())
        .contains(upn)
        .contains("27 March 2014")
        .contains("SEN support")
        .contains("Speech, language and communication needs")
        .contains("English, Polish");
    assertThat(shown.document().select("#profile .govuk-summary-card")).hasSize(4);
    assertThat(shown.document().select("#profile").text())
        .contains("What people like and admire about me")
        .contains("How I communicate");
  }

  @Test
  void everyProblemIsListedAtOnceAndADateThatIsNotRealIsSaidSo() {
    Page form = senco.get("/children/new");
    Map<String, String> fields = child("", "", "");
    fields.put("dateOfBirth.day", "31");
    fields.put("dateOfBirth.month", "2");
    fields.put("senStatus", "");
    Page refused = senco.submit(form, "form[action$=/children/new]", fields);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#givenName", "#familyName", "#dateOfBirth.day", "#senStatus");
    assertThat(refused.document().select("#dateOfBirth-error").text())
        .contains("The date of birth must be a real date");
    assertThat(refused.document().select("input[name=dateOfBirth.day]").val()).isEqualTo("31");
  }

  @Test
  void aStaleEditShowsWhatIsSavedAndWhatWasTypedAndSavesNothing() {
    ChildSummary child = fixtures.create("Amir", TestChildren.unique("Khan"));
    Page form = senco.get("/children/" + child.id() + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#givenName").val()).isEqualTo("Amir");

    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    ChildDetails renamed =
        new ChildDetails(
            "Amirul",
            child.familyName(),
            null,
            child.dateOfBirth(),
            child.upn(),
            child.schoolId(),
            "8",
            child.senStatus(),
            child.primaryNeed(),
            null,
            child.homeLanguages(),
            false);
    children.update(asSenco, child.version(), renamed);

    Map<String, String> typed = child("Ami", child.familyName(), child.upn());
    Page conflict = senco.submit(form, "form[action$=/edit]", typed);

    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this child’s record since you opened it");
    assertThat(conflict.document().select("#your-changes").text()).contains("Ami");
    assertThat(conflict.document().select("#givenName").val()).isEqualTo("Amirul");
    assertThat(children.get(fixtures.as(TestChildren.SENCO, child.id())).givenName())
        .isEqualTo("Amirul");

    Page saved = senco.submit(conflict, "form[action$=/edit]", typed);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(senco.get(saved.location()).document().select("h1").text()).startsWith("Ami ");
  }

  @Test
  void theListFiltersByYearStatusNeedAndSearch() {
    String family = TestChildren.unique("Filter");
    ChildSummary year7 = fixtures.create("Ada", family, "7", SenStatus.K, NeedCode.SLCN);
    ChildSummary year9 = fixtures.create("Ben", family, "9", SenStatus.E, NeedCode.ASD);

    Document all = senco.get("/children?search=" + family).document();
    assertThat(all.select("#caseload tbody tr")).hasSize(2);
    assertThat(all.select("#caseload").text())
        .contains("Year 7", "Year 9", "EHC plan", "Autistic spectrum disorder");

    Document byYear = senco.get("/children?search=" + family + "&year=9").document();
    assertThat(byYear.select("#caseload tbody tr a").eachText()).containsExactly("Ben " + family);
    assertThat(byYear.select("#year option[selected]").val()).isEqualTo("9");
    assertThat(byYear.select("#caseload-count").text()).startsWith("Showing 1 of ");

    Document byNeed = senco.get("/children?search=" + family + "&need=SLCN&status=K").document();
    assertThat(byNeed.select("#caseload tbody tr a").eachText()).containsExactly("Ada " + family);

    Document byUpn = senco.get("/children?search=" + year9.upn().toLowerCase()).document();
    assertThat(byUpn.select("#caseload tbody tr a").eachText()).containsExactly("Ben " + family);
    assertThat(year7.id()).isNotNull();
  }

  @Test
  void aTeacherSeesTheRecordButMayNotAddOrChangeIt() {
    ChildSummary child = fixtures.create("Chloe", TestChildren.unique("Price"));
    PageSession teacher = new PageSession(port);
    teacher.signIn(TestChildren.TEACHER, TestChildren.PASSWORD);

    Page list = teacher.get("/children");
    assertThat(list.document().select("a[href=/children/new]")).isEmpty();
    assertThat(teacher.get("/children/new").status()).isEqualTo(403);
    Page shown = teacher.get("/children/" + child.id());
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.document().select("#record a[href*=/edit]")).isEmpty();
    assertThat(teacher.get("/children/" + child.id() + "/edit").status()).isEqualTo(403);
  }

  @Test
  void someoneWithNoRelationshipToTheChildFindsNothing() {
    ChildSummary child = fixtures.create("Dan", TestChildren.unique("Ellis"));
    PageSession other = new PageSession(port);
    other.signIn(TestChildren.OTHER_SENCO, TestChildren.PASSWORD);
    assertThat(other.get("/children/" + child.id()).status()).isEqualTo(404);
    assertThat(other.get("/children/" + child.id() + "/edit").status()).isEqualTo(404);
    assertThat(other.get("/children").document().text()).doesNotContain(child.familyName());
  }
}
