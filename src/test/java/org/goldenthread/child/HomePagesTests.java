package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyMemberView;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Role;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/** Each kind of person lands on the home that fits what they come for. */
@IntegrationTest
@Import(TestChildren.class)
class HomePagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Families families;
  @Autowired Teams teams;
  @Autowired Accounts accounts;
  @Autowired ApplicationEventPublisher events;

  private Document home(String email) {
    PageSession session = new PageSession(port);
    Page home = session.signIn(email, TestChildren.PASSWORD);
    assertThat(home.status()).isEqualTo(200);
    return home.document();
  }

  private Document home(String email, String path) {
    PageSession session = new PageSession(port);
    session.signIn(email, TestChildren.PASSWORD);
    return session.get(path).document();
  }

  @Test
  void theSencoSeesTheCaseloadWithFiltersAndCanAddAChild() {
    ChildSummary child =
        fixtures.create("Ivy", TestChildren.unique("Lane"), "8", SenStatus.E, NeedCode.SEMH);
    Document home = home(TestChildren.SENCO);
    assertThat(home.select("h1").text()).isEqualTo("Welcome, Helen Carter");
    assertThat(home.select("#children-heading").text()).isEqualTo("Your caseload");
    assertThat(home.select("a.govuk-button[href=/children/new]")).hasSize(1);
    assertThat(
            home(TestChildren.SENCO, "/?search=" + child.familyName())
                .select("#caseload a[href=/children/" + child.id() + "]")
                .text())
        .as("found in the caseload, however many pages the other pupils fill")
        .isEqualTo(child.displayName());
    assertThat(
            home.select(
                "form#filter select#year, form#filter select#status, form#filter select#need"))
        .hasSize(3);

    PageSession senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    Document filtered = senco.get("/?search=" + child.familyName() + "&status=K").document();
    assertThat(filtered.select("#caseload-empty").text()).contains("No children match");
  }

  @Test
  void theOfficerSeesTheAuthoritysChildrenWithASchoolFilter() {
    ChildSummary child = fixtures.create("Jay", TestChildren.unique("Moss"));
    Document home = home(TestChildren.OFFICER);
    assertThat(home.select("#children-heading").text())
        .isEqualTo("Children in your local authority");
    assertThat(home.select("#school option").eachText())
        .contains("Riverside Academy", "Brook Primary School");
    assertThat(
            home(TestChildren.OFFICER, "/?search=" + child.familyName()).select("#caseload").text())
        .as("found among the authority's children, however many pages they fill")
        .contains(child.displayName());

    PageSession officer = new PageSession(port);
    officer.signIn(TestChildren.OFFICER, TestChildren.PASSWORD);
    Document brook =
        officer
            .get(
                "/?school="
                    + fixtures.school("Brook Primary School").id()
                    + "&search="
                    + child.familyName())
            .document();
    assertThat(brook.select("#caseload")).isEmpty();
  }

  @Test
  void aParentSeesTheirChildWithTheLeadProfessionalAndTheTeamSize() {
    ChildSummary child = fixtures.create("Kai", TestChildren.unique("North"));
    AccessibleChild asSenco = fixtures.as(TestChildren.SENCO, child.id());
    String email = TestChildren.unique("parent").toLowerCase() + "@example.org";
    FamilyMemberView member =
        families.add(
            asSenco,
            new FamilyMemberDetails(
                "Rosa North",
                email,
                null,
                FamilyRelationship.MOTHER,
                true,
                null,
                null,
                null,
                null,
                false,
                null));
    TeamMemberView lead =
        teams.add(
            asSenco,
            new TeamMemberDetails(null, "Helen Carter", TeamRole.SENCO, null, null, null, null));
    teams.makeLead(asSenco, lead.id());
    teams.add(
        asSenco,
        new TeamMemberDetails(
            null, "Jo Smith", TeamRole.TEACHING_ASSISTANT, null, null, null, null));
    InvitationSummary invitation = families.invite(asSenco, member.id());
    CurrentUser parent =
        accounts.createOrGrant(email, "Rosa North", TestChildren.PASSWORD, Role.PARENT, null);
    events.publishEvent(
        new InvitationAccepted(
            invitation.id(), parent.id(), parent.displayName(), email, Role.PARENT, null));

    Document home = home(email);
    assertThat(home.select("h1").text()).isEqualTo("Welcome, Rosa North");
    assertThat(home.select("#children-heading").text()).isEqualTo("Your children");
    String card = home.select("#child-" + child.id()).text();
    assertThat(card)
        .contains(
            child.displayName(), "Riverside Academy", "Year 7", "Helen Carter, SENCO", "2 people");
  }

  @Test
  void theAdministratorKeepsTheirLinks() {
    Document home = home(TestChildren.ADMIN);
    assertThat(home.select("h1").text()).isEqualTo("Welcome, Alex Morgan");
    assertThat(home.select("#admin a").eachAttr("href"))
        .contains("/admin/organisations", "/admin/invitations/new", "/admin/audit");
  }
}
