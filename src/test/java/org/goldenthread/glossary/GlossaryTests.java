package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The glossary in the whole application: its terms (at least 60, EHC plan among them) through the
 * API, paged and searched; its pages open to anyone, signed in or not; a term's first use on a plan
 * linked exactly once; and an administrator's change, seen at once and refused when stale.
 */
@IntegrationTest
class GlossaryTests {

  static final String ADMIN = "admin@goldenthread.example";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thereAreAtLeastSixtyTermsAmongThemTheEhcPlan() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor(Pupils.SENCO);

    JsonNode all = api.get("/api/v1/glossary?size=200", token).json();
    JsonNode plan = api.get("/api/v1/glossary/ehc-plan", token).json();

    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(60);
    assertThat(all.get("items").size()).isEqualTo(all.get("total").asInt());
    assertThat(plan.get("term").asString()).isEqualTo("EHC plan (EHCP)");
    assertThat(plan.get("explanation").asString()).contains("local authority");
    List<String> terms = all.get("items").valueStream().map(t -> t.get("term").asString()).toList();
    assertThat(terms)
        .contains(
            "EHC plan (EHCP)",
            "SENCO",
            "SEN support",
            "Provision",
            "Outcome",
            "Mediation",
            "Annual review",
            "Tribunal (First-tier Tribunal SEND)",
            "Team Around the Child (TAC)",
            "Autistic spectrum disorder (ASD)");
    assertThat(terms).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void theApiPagesAndSearches() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor("parent@example.org");

    JsonNode first = api.get("/api/v1/glossary?page=0&size=10", token).json();
    JsonNode second = api.get("/api/v1/glossary?page=1&size=10", token).json();
    JsonNode clamped = api.get("/api/v1/glossary?size=5000", token).json();
    JsonNode found = api.get("/api/v1/glossary?q=tribunal", token).json();
    JsonNode nothing = api.get("/api/v1/glossary?q=%25_nothing_%25", token).json();

    assertThat(first.get("items").size()).isEqualTo(10);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("items").get(0).get("slug").asString())
        .isNotEqualTo(first.get("items").get(0).get("slug").asString());
    assertThat(clamped.get("size").asInt()).isEqualTo(200);
    assertThat(found.get("items").get(0).get("slug").asString()).isEqualTo("first-tier-tribunal");
    assertThat(found.get("items").valueStream().map(t -> t.get("slug").asString()).toList())
        .contains("mediation", "appeal");
    assertThat(nothing.get("total").asInt()).isZero();
    assertThat(found.get("items").get(0).has("version")).isFalse();
  }

  @Test
  void anUnknownTermIsA404AndSignedOutTheApiIsA401() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor("parent@example.org");

    assertThat(api.get("/api/v1/glossary/no-such-word", token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/glossary", null).status()).isEqualTo(401);
  }

  @Test
  void theGlossaryAndGuidanceAreOpenToAnyoneSignedOut() {
    PageSession visitor = new PageSession(port);

    for (String path :
        List.of(
            "/glossary",
            "/glossary?q=plan",
            "/glossary/ehc-plan",
            "/guidance",
            "/guidance/preparing-for-a-meeting",
            "/guidance/tricky-conversations")) {
      assertThat(visitor.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(visitor.get("/glossary/no-such-word").status()).isEqualTo(404);
    assertThat(visitor.get("/guidance/no-such-guide").status()).isEqualTo(404);
    assertThat(visitor.get("/admin/glossary").status()).isEqualTo(302);
  }

  @Test
  void onlyAnAdministratorKeepsTheGlossary() {
    PageSession parent = new PageSession(port);
    parent.signIn("parent@example.org", ApiClient.DEMO_PASSWORD);

    assertThat(parent.get("/admin/glossary").status()).isEqualTo(403);
    assertThat(parent.get("/admin/glossary/mediation").status()).isEqualTo(403);
  }

  @Test
  void aTermInPlanTextLinksToItsExplanationExactlyOncePerPage() {
    String email = "glossary.parent+" + UUID.randomUUID() + "@example.org";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Ella", "Words").withParent(email, "Jo Words").add();
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(Pupils.SENCO);
    String needs = "/api/v1/children/" + pupil.id() + "/plan/needs";
    ApiClient.Response added =
        api.post(
            needs,
            senco,
            "{\"text\": \"Needs help before her annual review; the annual review looks at"
                + " <b>all</b> of it\", \"area\": \"SEMH\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    api.post(
        needs,
        senco,
        "{\"text\": \"Gets anxious when the Annual Review comes round\", \"area\": \"SEMH\"}");

    PageSession parent = new PageSession(port);
    parent.signIn(email, ApiClient.DEMO_PASSWORD);
    for (String view : List.of("", "?view=tables")) {
      Document plan = parent.get("/children/" + pupil.id() + "/plan" + view).document();

      // In the tables an item's words are the link to the item, so its terms are not linked.
      assertThat(plan.select("main a[href=/glossary/annual-review]"))
          .as(view)
          .hasSize(view.isEmpty() ? 1 : 0);
      assertThat(plan.select("main a[href^=/glossary/]").eachAttr("href"))
          .as(view)
          .doesNotHaveDuplicates();
      assertThat(plan.select("main b")).as("markup in the text stays text").isEmpty();
    }
    Document thread = parent.get("/children/" + pupil.id() + "/plan").document();
    assertThat(thread.selectFirst("main a[href=/glossary/annual-review]").text())
        .isEqualTo("annual review");
    assertThat(thread.text()).contains("looks at <b>all</b> of it");
  }

  @Test
  void aLetterOnScreenAndAMeetingLinkTheirTermsOnce() {
    String email = "glossary.letters+" + UUID.randomUUID() + "@example.org";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Cai", "Letters").withParent(email, "Mari Letters").add();
    ApiClient api = new ApiClient(port);
    String parentToken = api.tokenFor(email);
    ApiClient.Response request =
        api.post(
            "/api/v1/children/" + pupil.id() + "/requests",
            parentToken,
            "{\"kind\": \"MEETING\", \"to\": \"SCHOOL\", \"text\": \"Please can the SENCO"
                + " meet us? The SENCO knows about the EHC plan <i>and</i> the ehc plan review.\"}");
    assertThat(request.status()).as(request.body()).isEqualTo(201);
    ApiClient.Response meeting =
        api.post(
            "/api/v1/children/" + pupil.id() + "/meetings",
            api.tokenFor(Pupils.SENCO),
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + java.time.Instant.now()
                    .plus(java.time.Duration.ofDays(5))
                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                + "\",\"location\":\"Room 4\",\"agenda\":[\"How SEN support is going\",\"SEN support at home\"]}");
    assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);

    PageSession parent = new PageSession(port);
    parent.signIn(email, ApiClient.DEMO_PASSWORD);
    Document letter =
        parent
            .get("/children/" + pupil.id() + "/requests/" + request.json().get("id").asString())
            .document();
    Document senco = parent.get("/meetings/" + meeting.json().get("id").asString()).document();

    assertThat(letter.select("main a[href=/glossary/senco]")).hasSize(1);
    assertThat(letter.select("main a[href=/glossary/ehc-plan]")).hasSize(1);
    assertThat(letter.select("main i")).isEmpty();
    assertThat(senco.select("main a[href=/glossary/sen-support]")).hasSize(1);
  }

  @Test
  void anAdministratorsChangeIsSeenAtOnceAndAStaleOneIsRefused() {
    PageSession admin = new PageSession(port);
    admin.signIn(ADMIN, ApiClient.DEMO_PASSWORD);
    long version =
        jdbc.queryForObject(
            "select version from glossary_term where slug = 'key-worker'", Long.class);
    String words = "A named person who helps a family find its way. " + UUID.randomUUID();

    PageSession.Page form = admin.get("/admin/glossary/key-worker");
    PageSession.Page saved =
        admin.submit(
            form,
            "form[action$=/admin/glossary/key-worker]",
            Map.of("explanation", words, "version", Long.toString(version)));
    PageSession.Page stale =
        admin.submit(
            form,
            "form[action$=/admin/glossary/key-worker]",
            Map.of("explanation", "Older words", "version", Long.toString(version)));

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/admin/glossary");
    assertThat(new PageSession(port).get("/glossary/key-worker").document().text()).contains(words);
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this explanation");
    assertThat(
            jdbc.queryForObject(
                "select explanation from glossary_term where slug = 'key-worker'", String.class))
        .isEqualTo(words);
  }

  @Test
  void theTermsHeldForLinkingAreReadAgainWhenATermChanges() {
    GlossaryTerms held = context.getBean(GlossaryTerms.class);
    String before = held.index().stamp();

    jdbc.update(
        "update glossary_term set changed_at = now(), version = version + 1"
            + " where slug = 'advocate'");
    held.checkForChanges();

    assertThat(held.index().stamp()).isNotEqualTo(before);
  }
}
