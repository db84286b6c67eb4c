package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The plan pages: the thread, the tables, the forms, comments and agreeing, by real HTTP. */
@IntegrationTest
class PlanPagesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;
  PlanFixtures.Fresh child;
  PageSession senco;

  @BeforeEach
  void signIn() {
    child = new PlanFixtures(context).child();
    senco = new PageSession(port);
    senco.signIn(PlanFixtures.SENCO, ApiClient.DEMO_PASSWORD);
  }

  private String plan() {
    return "/children/" + child.id() + "/plan";
  }

  private AccessibleChild as(String email) {
    return access.open(accounts.findByEmail(email).orElseThrow(), child.id());
  }

  private PageSession parent() {
    PageSession parent = new PageSession(port);
    parent.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    return parent;
  }

  private PlanItem need(String text, UUID... aspirations) {
    return plans.add(
        as(PlanFixtures.SENCO),
        new ItemInput.Need(
            text, AreaOfNeed.COMMUNICATION_AND_INTERACTION, List.of(aspirations), null));
  }

  private PlanItem aspiration(String text) {
    return plans.add(as(child.parentEmail()), new ItemInput.Aspiration(text, Voice.CHILD, null));
  }

  private PlanItem outcome(String text, LocalDate target, UUID... needs) {
    return plans.add(
        as(PlanFixtures.SENCO),
        new ItemInput.Outcome(
            text, "Four times out of five", target, null, null, List.of(needs), null));
  }

  private PlanItem provision(String text, int sessions, int minutes, int group, UUID... outcomes) {
    return plans.add(
        as(PlanFixtures.SENCO),
        new ItemInput.Provision(
            text,
            DelivererRole.TEACHING_ASSISTANT,
            "Mrs Khan",
            sessions,
            minutes,
            group,
            null,
            null,
            List.of(outcomes)));
  }

  @Test
  void theSummaryListsTheBreaksWithMendLinksForTheSencoAndWhoCanMendThemForTheParent() {
    PlanItem need = need("Finds it hard to follow spoken instructions");

    Page page = senco.get(plan());
    assertThat(page.status()).isEqualTo(200);
    Element breaks = page.document().getElementById("breaks");
    assertThat(breaks.select("h2").text()).isEqualTo("1 thing to join up");
    assertThat(breaks.text())
        .contains("Need: Finds it hard to follow spoken instructions")
        .contains("No outcome says what should change for this need yet.");
    assertThat(breaks.select("a[href=#need-" + need.id() + "]")).hasSize(1);
    Element mend = breaks.selectFirst("a:contains(Add an outcome for this need)");
    assertThat(mend.attr("href")).isEqualTo(plan() + "/outcomes/new?needIds=" + need.id());

    Page mendForm = senco.get(mend.attr("href"));
    assertThat(mendForm.document().select("h1").text()).isEqualTo("Add an outcome");
    assertThat(
            mendForm
                .document()
                .select("input[name=needIds][value=" + need.id() + "]")
                .attr("checked"))
        .isNotNull()
        .isEqualTo("checked");

    Page asParent = parent().get(plan());
    Element parentBreaks = asParent.document().getElementById("breaks");
    assertThat(parentBreaks.text())
        .contains("No outcome says what should change for this need yet.")
        .contains("Staff on the team, such as the SENCO, can put this right.");
    assertThat(parentBreaks.select("a:contains(Add an outcome)")).isEmpty();
    assertThat(parentBreaks.selectFirst("a:contains(Comment on it)").attr("href"))
        .isEqualTo(plan() + "/needs/" + need.id() + "#comments");
    assertThat(asParent.document().select("#add-to-the-plan a").eachText())
        .containsExactly("Add an aspiration (a hope)", "Add something that helps");
  }

  @Test
  void theThreadNestsEachHopeItsNeedsTheirOutcomesAndTheirSupportWithUniqueAnchors() {
    PlanItem friends = aspiration("To have a small group of friends");
    PlanItem travel = aspiration("To travel to town on my own");
    PlanItem language = need("Needs time to find her words", friends.id(), travel.id());
    PlanItem outcome =
        outcome("Starts a conversation with a classmate", LocalDate.of(2027, 7, 20), language.id());
    PlanItem group = provision("Social skills group", 2, 30, 6, outcome.id());
    PlanItem loose = provision("Lunchtime club", 1, 45, 8);

    Page page = senco.get(plan());
    Element thread = page.document().getElementById("thread");
    List<Element> hopes = thread.select("ul.app-thread > li.app-thread__item:has(h3)");
    assertThat(hopes).hasSize(2);
    for (Element hope : hopes) {
      Element needItem = hope.selectFirst("ul.app-thread--nested > li");
      assertThat(needItem.selectFirst("h4").text()).isEqualTo("Need: Needs time to find her words");
      Element outcomeItem = needItem.selectFirst("ul.app-thread--nested > li");
      assertThat(outcomeItem.selectFirst("h5").text())
          .isEqualTo("Outcome: Starts a conversation with a classmate");
      assertThat(outcomeItem.text()).contains("To reach by 20 July 2027", "Not started");
      Element supportItem = outcomeItem.selectFirst("ul.app-thread--nested > li");
      assertThat(supportItem.selectFirst("h6").text()).isEqualTo("Support: Social skills group");
      assertThat(supportItem.text())
          .contains("2 sessions a week, 30 minutes each, in a group of 6")
          .contains("Mrs Khan, teaching assistant")
          .contains("Time a week 1 hour");
    }
    assertThat(page.document().select("[id=need-" + language.id() + "]")).hasSize(1);
    assertThat(page.document().select("[id=provision-" + group.id() + "]")).hasSize(1);
    List<String> ids = page.document().select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();

    Element notJoined = page.document().getElementById("not-joined-up");
    assertThat(notJoined.text()).contains("Support: Lunchtime club");
    assertThat(notJoined.getElementById("provision-" + loose.id()).text())
        .contains("This support is not linked to an outcome yet");
    assertThat(page.document().getElementById("overview").text())
        .contains("Support a week 1 hour 45 minutes");
  }

  @Test
  void theTablesViewHasOneTablePerKindWithHeadersAndTotals() {
    PlanItem language = need("Needs time to find her words");
    PlanItem outcome = outcome("Starts a conversation", null, language.id());
    provision("Social skills group", 2, 30, 1, outcome.id());
    provision("Pre-teaching of topic words", 1, 45, 3, outcome.id());

    Page page = senco.get(plan() + "?view=tables");
    assertThat(page.document().select("a:contains(See the plan as a thread)").attr("href"))
        .isEqualTo(plan());
    assertThat(page.document().getElementById("thread")).isNull();
    Element support = page.document().selectFirst("div[aria-labelledby=provisions-caption]");
    assertThat(support.attr("role")).isEqualTo("region");
    assertThat(support.attr("tabindex")).isEqualTo("0");
    assertThat(support.select("caption").text()).isEqualTo("Support (provision)");
    assertThat(support.select("thead th[scope=col]").eachText())
        .containsExactly(
            "Support",
            "Who gives it",
            "Sessions a week",
            "Minutes each",
            "Children in the group",
            "Minutes a week",
            "Yearly cost",
            "Outcomes it helps reach",
            "To join up");
    assertThat(support.select("tbody th[scope=row]").eachText())
        .containsExactly("Social skills group", "Pre-teaching of topic words");
    assertThat(support.select("tfoot").text()).contains("Total", "105", "£975.00");
    Element outcomes = page.document().selectFirst("div[aria-labelledby=outcomes-caption]");
    assertThat(outcomes.text())
        .contains("Starts a conversation", "No date yet", "Needs time to find her words");
    assertThat(outcomes.select("tbody td").text())
        .contains("This outcome has no date to reach it by yet.");

    Page thread = senco.get(plan());
    assertThat(thread.document().select("a:contains(See the plan as tables)").attr("href"))
        .isEqualTo(plan() + "?view=tables");
  }

  @Test
  void supportWithNobodySaidToDeliverItShowsItsCostIsNotYetWorkedOut() {
    plans.add(
        as(PlanFixtures.SENCO),
        new ItemInput.Provision("Lego therapy", null, null, 1, 45, 1, null, null, List.of()));

    Page page = senco.get(plan() + "?view=tables");
    Element support = page.document().selectFirst("div[aria-labelledby=provisions-caption]");
    assertThat(support.select("tbody").text())
        .contains("Lego therapy", "Not said yet", "Not yet worked out: say who delivers it");
  }

  @Test
  void aNeedWithErrorsShowsThemBesideTheFieldsAndKeepsWhatWasTyped() {
    Page form = senco.get(plan() + "/needs/new");
    assertThat(form.status()).isEqualTo(200);
    Page refused = senco.submit(form, "#item-form", Map.of("text", "   "));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().title()).startsWith("Error: Add a need");
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#text", "#area");
    assertThat(refused.document().select("#text-error").text()).contains("Describe the need");
    assertThat(refused.document().select("#area-error").text())
        .contains("Choose the broad area of need");

    Page again =
        senco.submit(refused, "#item-form", Map.of("text", "Needs time to find her words"));
    assertThat(again.document().select("#text").text()).isEqualTo("Needs time to find her words");
    assertThat(again.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#area");

    Page added =
        senco.submit(
            again, "#item-form", Map.of("text", "Needs time to find her words", "area", "SEMH"));
    assertThat(added.status()).isEqualTo(302);
    Page shown = senco.get(added.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("The need “Needs time to find her words” has been added to the plan");
    assertThat(shown.document().getElementById("not-joined-up").text())
        .contains("Needs time to find her words", "Social, emotional and mental health");
  }

  @Test
  void supportWithANumberThatIsNotOneKeepsItAndSaysWhatIsWrong() {
    Page form = senco.get(plan() + "/provisions/new");
    Map<String, String> typed = new HashMap<>();
    typed.put("description", "Social skills group");
    typed.put("deliveredByRole", "TEACHING_ASSISTANT");
    typed.put("sessionsPerWeek", "two");
    typed.put("minutesPerSession", "30");
    typed.put("groupSize", "");
    typed.put("startDate.day", "31");
    typed.put("startDate.month", "2");
    typed.put("startDate.year", "2027");
    Page refused = senco.submit(form, "#item-form", typed);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#sessionsPerWeek", "#startDate.day");
    assertThat(refused.document().select("#sessionsPerWeek").val()).isEqualTo("two");
    assertThat(refused.document().select("#startDate\\.day").val()).isEqualTo("31");
    assertThat(plans.plan(as(PlanFixtures.SENCO)).provisions()).isEmpty();
  }

  @Test
  void aParentMayAddAnAspirationButNotSupport() {
    PageSession parent = parent();
    assertThat(parent.get(plan() + "/provisions/new").status()).isEqualTo(403);
    assertThat(parent.get(plan() + "/needs/new").status()).isEqualTo(403);

    Page form = parent.get(plan() + "/aspirations/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("input[name=needIds]")).isEmpty();
    Page added =
        parent.submit(
            form,
            "#item-form",
            Map.of("text", "To have friends to go to town with", "voice", "CHILD"));
    assertThat(added.status()).isEqualTo(302);
    assertThat(plans.plan(as(PlanFixtures.SENCO)).aspirations())
        .extracting(AspirationView::text)
        .containsExactly("To have friends to go to town with");
  }

  @Test
  void aStaleSaveShowsBothVersionsKeepsYourWordsAndChangesNothing() {
    PlanItem need = need("Needs time to find her words");
    Page form = senco.get(plan() + "/needs/" + need.id() + "/edit");
    assertThat(form.document().select("#text").text()).isEqualTo("Needs time to find her words");

    PlanItem changed =
        plans.update(
            as(PlanFixtures.SENCO),
            need.id(),
            need.version(),
            new ItemInput.Need(
                "Needs extra time to answer questions", AreaOfNeed.SEMH, null, null));

    Page conflict =
        senco.submit(
            form,
            "#item-form",
            Map.of("text", "Takes a while to put thoughts into words", "area", "SEMH"));
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this while you were writing");
    Element both = conflict.document().getElementById("conflict");
    assertThat(both.text())
        .contains("What is saved now", "Needs extra time to answer questions")
        .contains("Changed by Helen Carter")
        .contains("What you wrote", "Takes a while to put thoughts into words");
    assertThat(conflict.document().select("#text").text())
        .isEqualTo("Takes a while to put thoughts into words");
    assertThat(conflict.document().select("input[name=version]").val())
        .isEqualTo(Long.toString(changed.version()));
    assertThat(plans.item(as(PlanFixtures.SENCO), PlanItemKind.NEEDS, need.id()).words())
        .isEqualTo("Needs extra time to answer questions");

    Page saved =
        senco.submit(
            conflict,
            "#item-form",
            Map.of(
                "text",
                conflict.document().select("#text").text(),
                "area",
                conflict.document().select("input[name=area][checked]").val()));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(plans.item(as(PlanFixtures.SENCO), PlanItemKind.NEEDS, need.id()).words())
        .isEqualTo("Takes a while to put thoughts into words");
  }

  @Test
  void aCommentPostedOnAnItemAppearsOnItsPageWithItsChanges() {
    PlanItem need = need("Needs time to find her words");
    PageSession parent = parent();
    Page item = parent.get(plan() + "/needs/" + need.id());
    assertThat(item.status()).isEqualTo(200);
    assertThat(item.document().select("h1").text()).isEqualTo("Needs time to find her words");
    assertThat(item.document().getElementById("changes").text())
        .contains("Added by Helen Carter (SENCO)");

    Page empty = parent.submit(item, "#comment-form", Map.of("text", " "));
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.document().select("#text-error").text()).contains("Enter your comment");

    Page posted =
        parent.submit(
            item, "#comment-form", Map.of("text", "At home she does better with a picture"));
    assertThat(posted.status()).isEqualTo(302);
    Page shown = parent.get(posted.location());
    assertThat(shown.document().getElementById("comment-list").text())
        .contains(child.parentName(), "At home she does better with a picture");
  }

  @Test
  void theParentAgreesThePlanAndAStaleAgreementSaysThePlanChanged() {
    aspiration("To have a small group of friends");
    PageSession parent = parent();
    Page page = parent.get(plan());
    assertThat(page.document().getElementById("overview").text())
        .contains("Nobody has agreed this plan yet.");
    Page agreed = parent.submit(page, "#agree-form", Map.of());
    assertThat(agreed.status()).isEqualTo(302);
    Page after = parent.get(agreed.location());
    assertThat(after.document().select(".govuk-notification-banner--success").text())
        .contains("You have agreed the plan as it is now");
    assertThat(after.document().getElementById("overview").text())
        .contains("The plan as it is now was agreed by:", child.parentName() + " (parent) on");
    assertThat(after.document().getElementById("agree-form")).isNull();

    need("Needs time to find her words");
    Page changed = parent.get(plan());
    assertThat(changed.document().getElementById("overview").text())
        .contains("An earlier version of the plan was agreed by:")
        .contains("The plan has changed since");
    need("Finds noisy rooms hard");
    Page stale = parent.submit(changed, "#agree-form", Map.of());
    assertThat(stale.status()).isEqualTo(302);
    Page told = parent.get(stale.location());
    assertThat(told.document().select(".govuk-notification-banner").text())
        .contains("The plan changed while you were reading it, so it has not been agreed");
    assertThat(plans.agreements(as(PlanFixtures.SENCO))).hasSize(1);
  }

  @Test
  void aTeacherNotOnTheTeamReadsThePlanWithNothingToChange() {
    PlanItem need = need("Needs time to find her words");
    PageSession teacher = new PageSession(port);
    teacher.signIn("teacher@riverside.example", ApiClient.DEMO_PASSWORD);
    Page page = teacher.get(plan());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("not-joined-up").text())
        .contains("Needs time to find her words");
    assertThat(page.document().select("#add-to-the-plan, #agree-form")).isEmpty();
    assertThat(page.document().select("a[href$=/edit], a[href*=/new]")).isEmpty();
    assertThat(page.document().getElementById("breaks").text())
        .contains("Staff on the team, such as the SENCO, can put this right.");
    Page item = teacher.get(plan() + "/needs/" + need.id());
    assertThat(item.status()).isEqualTo(200);
    assertThat(item.document().getElementById("comment-form")).isNull();
    assertThat(teacher.get(plan() + "/needs/" + need.id() + "/edit").status()).isEqualTo(403);
  }

  @Test
  void theChildPageShowsThePlanPanel() {
    need("Needs time to find her words");
    Page page = senco.get("/children/" + child.id());
    assertThat(page.document().select("nav a[href=#plan]").text()).isEqualTo("Plan");
    Element panel = page.document().getElementById("plan");
    assertThat(panel.attr("aria-labelledby")).isEqualTo("plan-heading");
    assertThat(panel.text())
        .contains("1 thing to join up", "Told about the plan (informed)", "Not agreed yet");
    assertThat(panel.select("a").eachAttr("href")).containsExactly(plan());
    Element reviews = page.document().getElementById("reviews");
    assertThat(reviews.text()).contains("Not reviewed yet");
    assertThat(reviews.select("a").eachAttr("href"))
        .containsExactly("/children/" + child.id() + "/reviews");
  }
}
