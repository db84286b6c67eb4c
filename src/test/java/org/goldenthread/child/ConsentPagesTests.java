package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An outside professional joins the team with consent pending and sees nothing; consent given lets
 * them see the child, and consent withdrawn takes it away at once.
 */
@IntegrationTest
@Import(TestChildren.class)
class ConsentPagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Teams teams;
  PageSession senco;
  PageSession ep;
  ChildSummary child;

  @BeforeEach
  void signIn() {
    senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    ep = new PageSession(port);
    ep.signIn(TestChildren.EP, TestChildren.PASSWORD);
    child = fixtures.create("Omar", TestChildren.unique("Hassan"));
  }

  private Map<String, String> consent(String status, String method, String givenBy) {
    LocalDate today = LocalDate.now();
    Map<String, String> fields = new HashMap<>();
    fields.put("status", status);
    fields.put("method", method);
    fields.put("givenOn.day", Integer.toString(today.getDayOfMonth()));
    fields.put("givenOn.month", Integer.toString(today.getMonthValue()));
    fields.put("givenOn.year", Integer.toString(today.getYear()));
    fields.put("givenBy", givenBy);
    return fields;
  }

  @Test
  void consentGivenLetsTheProfessionalSeeTheChildAndWithdrawnTakesItAway() {
    String childPage = "/children/" + child.id();
    Page form = senco.get(childPage + "/team/new");
    Page added =
        senco.submit(
            form,
            "main form",
            Map.of(
                "email", TestChildren.EP,
                "name", "",
                "role", "EDUCATIONAL_PSYCHOLOGIST",
                "organisation", "Northshire Educational Psychology Service",
                "commitment", "Assess and write advice"));
    assertThat(added.status()).isEqualTo(302);
    Page team = senco.get(added.location());
    assertThat(team.document().text()).contains("Dr Daniel Hughes", "Waiting for consent");
    TeamMemberView member =
        teams.current(fixtures.as(TestChildren.SENCO, child.id())).stream()
            .filter(m -> m.role() == TeamRole.EDUCATIONAL_PSYCHOLOGIST)
            .findFirst()
            .orElseThrow();

    assertThat(ep.get(childPage).status()).isEqualTo(404);

    Page consents = senco.get(childPage + "/consents");
    assertThat(consents.status()).isEqualTo(200);
    assertThat(consents.document().select("#consent-" + member.id()).text())
        .contains("Dr Daniel Hughes", "Educational psychologist", "Waiting for consent");
    assertThat(consents.document().text()).contains("No consent has been recorded yet.");

    Page consentForm = senco.get(childPage + "/consents/" + member.id());
    assertThat(consentForm.document().select("input[name=status][checked]").val())
        .isEqualTo("GIVEN");
    Page refused = senco.submit(consentForm, "main form", consent("GIVEN", "", ""));
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#method", "#givenBy");

    Page given = senco.submit(refused, "main form", consent("GIVEN", "WRITTEN", "Sara Hassan"));
    assertThat(given.status()).isEqualTo(302);
    Page after = senco.get(given.location());
    assertThat(after.document().select(".govuk-notification-banner--success").text())
        .contains("Consent given for Dr Daniel Hughes");
    assertThat(after.document().select("#history").text())
        .contains("Given, In writing", "Sara Hassan", "Helen Carter");

    Page seen = ep.get(childPage);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.document().select("h1").text()).isEqualTo(child.displayName());
    assertThat(ep.get("/").document().select("#caseload").text()).contains(child.displayName());
    assertThat(ep.get(childPage + "/consents").status()).isEqualTo(403);

    Page ownForm = ep.get(childPage + "/team/" + member.id() + "/edit");
    assertThat(ownForm.status()).isEqualTo(200);
    assertThat(ownForm.document().select("label[for=commitment]").text())
        .isEqualTo("What I will do");
    assertThat(ownForm.document().select("#name, #role, #startOn")).isEmpty();
    Page ownSaved =
        ep.submit(ownForm, "main form", Map.of("commitment", "Observe Omar in two lessons"));
    assertThat(ownSaved.status()).isEqualTo(302);
    assertThat(ep.get(ownSaved.location()).document().select("#member-" + member.id()).text())
        .contains("Observe Omar in two lessons");
    assertThat(ep.get(childPage + "/team/new").status()).isEqualTo(403);

    Page withdrawForm = senco.get(childPage + "/consents/" + member.id());
    assertThat(withdrawForm.document().select("input[name=status][checked]").val())
        .isEqualTo("WITHDRAWN");
    Page withdrawn =
        senco.submit(withdrawForm, "main form", consent("WITHDRAWN", "VERBAL", "Sara Hassan"));
    assertThat(withdrawn.status()).isEqualTo(302);
    assertThat(ep.get(childPage).status()).isEqualTo(404);
  }

  @Test
  void aMemberWhoNeedsNoConsentHasNoConsentForm() {
    TeamMemberView teacher =
        teams.add(
            fixtures.as(TestChildren.SENCO, child.id()),
            new TeamMemberDetails(
                null, "Tom Reid", TeamRole.CLASS_TEACHER, null, null, null, null));
    assertThat(senco.get("/children/" + child.id() + "/consents/" + teacher.id()).status())
        .isEqualTo(404);
  }
}
