package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The Team Around the Child: adding, changing, choosing the lead and removing members. */
@IntegrationTest
@Import(TestChildren.class)
class TeamPagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Teams teams;
  PageSession senco;
  ChildSummary child;

  @BeforeEach
  void signIn() {
    senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    child = fixtures.create("Ella", TestChildren.unique("Wood"));
  }

  private String team() {
    return "/children/" + child.id() + "/team";
  }

  private static Map<String, String> member(String email, String name, String role) {
    Map<String, String> fields = new HashMap<>();
    fields.put("email", email);
    fields.put("name", name);
    fields.put("role", role);
    fields.put("organisation", "Riverside Academy");
    fields.put("startOn.day", "");
    fields.put("startOn.month", "");
    fields.put("startOn.year", "");
    fields.put("commitment", "Daily check-in at the start of school");
    return fields;
  }

  private TeamMemberView onTeam(String name) {
    return teams.current(fixtures.as(TestChildren.SENCO, child.id())).stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSencoAddsMembersMakesOneLeadAndRemovesOne() {
    Page form = senco.get(team() + "/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#role option[value=SPEECH_AND_LANGUAGE_THERAPIST]").text())
        .isEqualTo("Speech and language therapist");

    Page refused = senco.submit(form, "main form", member("", "", ""));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#name", "#role");
    assertThat(refused.document().select("#commitment").text())
        .isEqualTo("Daily check-in at the start of school");

    Page added = senco.submit(refused, "main form", member("", "Jo Smith", "TEACHING_ASSISTANT"));
    assertThat(added.status()).isEqualTo(302);
    Page shown = senco.get(added.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("Jo Smith has been added to the team");
    TeamMemberView jo = onTeam("Jo Smith");
    Element card = shown.document().getElementById("member-" + jo.id());
    assertThat(card.text()).contains("Teaching assistant", "Daily check-in", "Not needed");

    Page lead = senco.submit(shown, "form[action$=/team/" + jo.id() + "/lead]", Map.of());
    assertThat(lead.status()).isEqualTo(302);
    Page afterLead = senco.get(lead.location());
    assertThat(afterLead.document().select(".govuk-notification-banner--success").text())
        .contains("Jo Smith is now the lead professional");
    assertThat(afterLead.document().select("#member-" + jo.id() + " .govuk-tag--blue").text())
        .isEqualTo("Lead professional");
    assertThat(afterLead.document().select("form[action$=/team/" + jo.id() + "/lead]")).isEmpty();

    Page confirm = senco.get(team() + "/" + jo.id() + "/remove");
    assertThat(confirm.document().select("h1").text()).isEqualTo("Remove Jo Smith from the team?");
    assertThat(confirm.document().select(".govuk-warning-text").text())
        .contains("They are the lead professional");
    Page removed = senco.submit(confirm, "main form", Map.of());
    assertThat(removed.status()).isEqualTo(302);
    Page afterRemove = senco.get(removed.location());
    assertThat(afterRemove.document().select(".govuk-notification-banner--success").text())
        .contains("Jo Smith has been removed from the team");
    assertThat(afterRemove.document().select("#past-members").text()).contains("Jo Smith");
    assertThat(afterRemove.document().select("#member-" + jo.id())).isEmpty();
  }

  @Test
  void anEmailWithNoAccountIsShownBesideTheEmailField() {
    Page form = senco.get(team() + "/new");
    Page refused =
        senco.submit(
            form, "main form", member("nobody@nowhere.example", "", "EDUCATIONAL_PSYCHOLOGIST"));
    assertThat(refused.document().select("#email-error").text())
        .contains("There is no Golden Thread account with this email address");
  }

  @Test
  void aStaleChangeIsAConflictAndTheFamilySeesTheTeam() {
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    TeamMemberView tom =
        teams.add(
            asSenco,
            new TeamMemberDetails(
                null, "Tom Reid", TeamRole.CLASS_TEACHER, null, null, null, "Weekly notes home"));
    Page form = senco.get(team() + "/" + tom.id() + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("#role")).isEmpty();
    teams.update(
        asSenco,
        tom.id(),
        tom.version(),
        new TeamMemberDetails(
            null,
            "Tom Reid",
            TeamRole.CLASS_TEACHER,
            null,
            tom.startOn(),
            null,
            "Notes home every Friday"));

    Map<String, String> typed = new HashMap<>();
    form.document()
        .select("main form input[type=text]")
        .forEach(i -> typed.put(i.attr("name"), i.val()));
    typed.put("commitment", "Notes home on Mondays");
    Page conflict = senco.submit(form, "main form", typed);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this team member");
    assertThat(conflict.document().select("#your-changes").text())
        .contains("Notes home on Mondays");
    assertThat(conflict.document().select("#commitment").text())
        .isEqualTo("Notes home every Friday");

    Page saved = senco.submit(conflict, "main form", typed);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(senco.get(saved.location()).document().select("#member-" + tom.id()).text())
        .contains("Notes home on Mondays");
  }

  @Test
  void aTeacherSeesTheTeamButCannotChangeIt() {
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    TeamMemberView member =
        teams.add(
            asSenco,
            new TeamMemberDetails(null, "Kim Lowe", TeamRole.SENCO, null, null, null, null));
    PageSession teacher = new PageSession(port);
    teacher.signIn(TestChildren.TEACHER, TestChildren.PASSWORD);
    Page page = teacher.get(team());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#member-" + member.id()).text()).contains("Kim Lowe");
    assertThat(page.document().select("a[href$=/team/new], form[action$=/lead]")).isEmpty();
    assertThat(teacher.get(team() + "/new").status()).isEqualTo(403);
    assertThat(teacher.get(team() + "/" + member.id() + "/edit").status()).isEqualTo(403);
    assertThat(teacher.get(team() + "/" + member.id() + "/remove").status()).isEqualTo(403);
  }
}
