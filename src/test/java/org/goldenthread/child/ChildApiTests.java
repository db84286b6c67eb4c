package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The child record through the API, behind the one door, with the demo accounts. */
@IntegrationTest
class ChildApiTests {

  private static final AtomicLong serials = new AtomicLong(System.nanoTime() % 1_000_000);

  @LocalServerPort int port;
  @Autowired Organisations organisations;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void aParentListsExactlyHerOwnChildren() {
    JsonNode page = api.get("/api/v1/children", api.tokenFor("parent@example.org")).json();
    assertThat(names(page.get("items"))).containsExactly("Sarah Bennett");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode other = api.get("/api/v1/children", api.tokenFor("other.parent@example.org")).json();
    assertThat(names(other.get("items"))).containsExactly("Leo Lee");
  }

  @Test
  void sarahIsInvisibleToPeopleWithNoRelationshipToHer() {
    String sarah = sarahId();
    for (String email :
        List.of(
            "other.parent@example.org",
            "senco@brook.example",
            "ep@eps.example",
            "admin@goldenthread.example")) {
      ApiClient.Response response = api.get("/api/v1/children/" + sarah, api.tokenFor(email));
      assertThat(response.status()).as(email).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    for (String email :
        List.of(
            "parent@example.org",
            "senco@riverside.example",
            "teacher@riverside.example",
            "salt@salt.example",
            "officer@northshire.example")) {
      assertThat(api.get("/api/v1/children/" + sarah, api.tokenFor(email)).status())
          .as(email)
          .isEqualTo(200);
    }
  }

  @Test
  void sarahsRecordCarriesTheFixedFieldsAndHerProfile() {
    JsonNode sarah =
        api.get("/api/v1/children/" + sarahId(), api.tokenFor("parent@example.org")).json();
    assertThat(sarah.get("upn").asString()).isEqualTo("E990212100001");
    assertThat(sarah.get("senStatus").asString()).isEqualTo("K");
    assertThat(sarah.get("primaryNeed").asString()).isEqualTo("SLCN");
    assertThat(sarah.get("secondaryNeed").isNull()).isTrue();
    assertThat(sarah.get("yearGroup").isNumber()).isTrue();
    assertThat(sarah.get("yearGroup").asInt()).isEqualTo(9);
    assertThat(sarah.get("dateOfBirth").asString()).isEqualTo("2013-03-14");
    assertThat(sarah.get("homeLanguages").toString()).isEqualTo("[\"ENG\"]");
    assertThat(sarah.get("version").isNumber()).isTrue();
    assertThat(sarah.get("profile")).hasSize(4);
  }

  @Test
  void aWrongUpnCheckLetterIs400WithAFieldErrorOnUpn() {
    String senco = api.tokenFor("senco@riverside.example");
    ApiClient.Response response =
        api.post("/api/v1/children", senco, childJson("A990212100099", riverside(), "K", "SLCN"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors.toString()).contains("\"field\":\"upn\"");
    assertThat(errors.get(0).get("message").asString()).contains("check letter");
  }

  @Test
  void theSencoAddsAChildAndCorrectsItButAStaleVersionChangesNothing() {
    String senco = api.tokenFor("senco@riverside.example");
    String upn = UpnTests.valid(serials.incrementAndGet());
    ApiClient.Response created =
        api.post("/api/v1/children", senco, childJson(upn, riverside(), "K", "SEMH"));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    long version = created.json().get("version").asLong();

    String update =
        childJson(upn, riverside(), "E", "SEMH").replace("}", ",\"version\":" + version + "}");
    ApiClient.Response updated = api.send("PUT", "/api/v1/children/" + id, senco, update);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("senStatus").asString()).isEqualTo("E");

    ApiClient.Response stale =
        api.send("PUT", "/api/v1/children/" + id, senco, update.replace("\"E\"", "\"N\""));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/children/" + id, senco).json().get("senStatus").asString())
        .isEqualTo("E");

    ApiClient.Response duplicate =
        api.post("/api/v1/children", senco, childJson(upn, riverside(), "K", "SEMH"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("errors").toString()).contains("\"upn\"");
  }

  @Test
  void aCorrectionNeverMovesTheChildToAnotherSchoolEvenForTheAuthority() {
    String officer = api.tokenFor("officer@northshire.example");
    String upn = UpnTests.valid(serials.incrementAndGet());
    ApiClient.Response created =
        api.post("/api/v1/children", officer, childJson(upn, riverside(), "K", "SEMH"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    UUID other =
        organisations.schools().stream()
            .filter(s -> !s.id().equals(riverside()))
            .filter(s -> s.authorityId().equals(riversidesAuthority()))
            .findFirst()
            .orElseThrow()
            .id();

    String moved =
        childJson(upn, other, "K", "SEMH")
            .replace("}", ",\"version\":" + created.json().get("version").asLong() + "}");
    ApiClient.Response answer = api.send("PUT", "/api/v1/children/" + id, officer, moved);

    assertThat(answer.status()).as("a move asks the family first: a transfer").isEqualTo(400);
    assertThat(answer.json().get("errors").toString()).contains("\"schoolId\"");
    assertThat(api.get("/api/v1/children/" + id, officer).json().get("schoolId").asString())
        .isEqualTo(riverside().toString());
  }

  private UUID riversidesAuthority() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900001"))
        .findFirst()
        .orElseThrow()
        .authorityId();
  }

  @Test
  void theYearGroupIsANumberFromNurseryToTheSixthForm() {
    String senco = api.tokenFor("senco@riverside.example");
    ApiClient.Response created =
        api.post(
            "/api/v1/children",
            senco,
            childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN")
                .replace("\"yearGroup\":9", "\"yearGroup\":0"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("yearGroup").asInt()).as("reception").isEqualTo(0);
    String id = created.json().get("id").asString();

    ApiClient.Response nursery =
        api.send(
            "PUT",
            "/api/v1/children/" + id,
            senco,
            "{\"yearGroup\":-2,\"version\":" + created.json().get("version") + "}");
    assertThat(nursery.status()).as(nursery.body()).isEqualTo(200);
    assertThat(nursery.json().get("yearGroup").asInt()).isEqualTo(-2);

    ApiClient.Response none =
        api.send(
            "PUT",
            "/api/v1/children/" + id,
            senco,
            "{\"yearGroup\":15,\"version\":" + nursery.json().get("version") + "}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("errors").toString()).contains("\"yearGroup\"");
  }

  @Test
  void peopleWithoutTheRightRelationshipCannotAddOrCorrectChildren() {
    assertThat(
            api.post(
                    "/api/v1/children",
                    api.tokenFor("senco@brook.example"),
                    childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/children",
                    api.tokenFor("parent@example.org"),
                    childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN"))
                .status())
        .isEqualTo(403);
    String teacher = api.tokenFor("teacher@riverside.example");
    JsonNode sarah = api.get("/api/v1/children/" + sarahId(), teacher).json();
    ApiClient.Response edit =
        api.send(
            "PUT",
            "/api/v1/children/" + sarah.get("id").asString(),
            teacher,
            childJson("E990212100001", riverside(), "K", "SLCN")
                .replace("}", ",\"version\":" + sarah.get("version").asLong() + "}"));
    assertThat(edit.status()).isEqualTo(403);
  }

  @Test
  void aProfessionalSeesAChildOnlyWhileConsentStands() {
    String senco = api.tokenFor("senco@riverside.example");
    String ep = api.tokenFor("ep@eps.example");
    String id =
        api.post(
                "/api/v1/children",
                senco,
                childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN"))
            .json()
            .get("id")
            .asString();
    String epUserId = api.get("/api/v1/me", ep).json().get("id").asString();
    ApiClient.Response added =
        api.post(
            "/api/v1/children/" + id + "/team",
            senco,
            "{\"userId\":\""
                + epUserId
                + "\",\"role\":\"EDUCATIONAL_PSYCHOLOGIST\","
                + "\"organisation\":\"Northshire Educational Psychology Service\","
                + "\"commitment\":\"Observe in class and advise\"}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("consent").asString()).isEqualTo("PENDING");
    String memberId = added.json().get("id").asString();
    assertThat(api.get("/api/v1/children/" + id, ep).status()).isEqualTo(404);

    ApiClient.Response given =
        api.post(
            "/api/v1/children/" + id + "/consents",
            senco,
            "{\"memberId\":\""
                + memberId
                + "\",\"status\":\"GIVEN\",\"method\":\"WRITTEN\","
                + "\"givenOn\":\"2026-11-20\",\"givenBy\":\"The child's mother\"}");
    assertThat(given.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/children/" + id, ep).status()).isEqualTo(200);

    api.post(
        "/api/v1/children/" + id + "/consents",
        senco,
        "{\"memberId\":\""
            + memberId
            + "\",\"status\":\"WITHDRAWN\",\"method\":\"VERBAL\","
            + "\"givenBy\":\"The child's mother\"}");
    assertThat(api.get("/api/v1/children/" + id, ep).status()).isEqualTo(404);
  }

  @Test
  void everyReadOfSarahsRecordIsInHerAuditTrail() {
    String sarah = sarahId();
    api.get("/api/v1/children/" + sarah, api.tokenFor("teacher@riverside.example"));
    api.get("/api/v1/children/" + sarah + "/team", api.tokenFor("salt@salt.example"));
    JsonNode trail =
        api.get("/api/v1/children/" + sarah + "/audit?size=20", api.tokenFor("parent@example.org"))
            .json();
    List<String> lines = new ArrayList<>();
    trail
        .get("items")
        .forEach(
            e ->
                lines.add(
                    e.get("actorName").asString()
                        + "|"
                        + e.get("action").asString()
                        + "|"
                        + e.get("what").asString()
                        + "|"
                        + e.get("role").asString()));
    assertThat(lines)
        .contains(
            "Tom Reid|READ|Looked at the record|TEAM_MEMBER",
            "Fiona Walsh|READ|Looked at the team|TEAM_MEMBER");
    assertThat(trail.get("items").get(0).get("at").asString()).endsWith("Z");
  }

  @Test
  void theLeadProfessionalChangesInOneStepAndThereIsAlwaysOne() {
    String senco = api.tokenFor("senco@riverside.example");
    String id =
        api.post(
                "/api/v1/children",
                senco,
                childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN"))
            .json()
            .get("id")
            .asString();
    String first =
        api.post(
                "/api/v1/children/" + id + "/team",
                senco,
                "{\"name\":\"Helen Carter\",\"role\":\"SENCO\",\"lead\":true}")
            .json()
            .get("id")
            .asString();
    JsonNode second =
        api.post(
                "/api/v1/children/" + id + "/team",
                senco,
                "{\"name\":\"Asha Patel\",\"role\":\"TEACHING_ASSISTANT\"}")
            .json();
    api.send(
        "PUT",
        "/api/v1/children/" + id + "/team/" + second.get("id").asString(),
        senco,
        "{\"name\":\"Asha Patel\",\"role\":\"TEACHING_ASSISTANT\",\"startOn\":\"2026-11-22\",\"lead\":true,\"version\":"
            + second.get("version").asLong()
            + "}");
    JsonNode team = api.get("/api/v1/children/" + id + "/team", senco).json().get("items");
    List<String> leads = new ArrayList<>();
    team.forEach(
        m -> {
          if (m.get("lead").asBoolean()) leads.add(m.get("id").asString());
        });
    assertThat(leads).containsExactly(second.get("id").asString());
    assertThat(leads).doesNotContain(first);
  }

  @Test
  void theOpenApiDescriptionNamesOnlyTheChildIdAsAParameter() {
    JsonNode docs = api.get("/v3/api-docs", null).json();
    JsonNode parameters =
        docs.get("paths").get("/api/v1/children/{childId}").get("get").get("parameters");
    List<String> names = parameters.valueStream().map(p -> p.get("name").asString()).toList();
    assertThat(names).containsExactly("childId");
  }

  private String sarahId() {
    JsonNode items =
        api.get("/api/v1/children", api.tokenFor("parent@example.org")).json().get("items");
    return items.get(0).get("id").asString();
  }

  private UUID riverside() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900001"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void homeLanguagesAreCensusCodesAndAnUnknownCodeIsRefusedNamingTheField() {
    String senco = api.tokenFor("senco@riverside.example");
    String unknown =
        childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN")
            .replace("[\"ENG\"]", "[\"ENG\",\"XX\"]");
    ApiClient.Response refused = api.post("/api/v1/children", senco, unknown);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("homeLanguages");

    String polish =
        childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN")
            .replace("[\"ENG\"]", "[\"pol\",\"ENG\"]");
    ApiClient.Response created = api.post("/api/v1/children", senco, polish);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("homeLanguages").toString()).isEqualTo("[\"POL\",\"ENG\"]");
  }

  @Test
  void pagesSpeakOfTheChildAsTheRecordSaysAndAPutChangesOnlyWhatItCarries() {
    String senco = api.tokenFor("senco@riverside.example");
    ApiClient.Response created =
        api.post(
            "/api/v1/children",
            senco,
            childJson(UpnTests.valid(serials.incrementAndGet()), riverside(), "K", "SLCN"));
    String id = created.json().get("id").asString();
    PageSession pages = new PageSession(port);
    pages.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);
    assertThat(pages.get("/children/" + id).document().select("#profile p").first().text())
        .startsWith("Written with Test and Test's family");

    ApiClient.Response changed =
        api.send(
            "PUT",
            "/api/v1/children/" + id,
            senco,
            "{\"pronouns\":\"HE_HIM\",\"version\":" + created.json().get("version") + "}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("pronouns").asString()).isEqualTo("HE_HIM");
    assertThat(changed.json().get("familyName").asString()).isEqualTo("Pupil");
    assertThat(changed.json().get("primaryNeed").asString()).isEqualTo("SLCN");
    assertThat(changed.json().get("yearGroup").asInt()).isEqualTo(9);
    assertThat(pages.get("/children/" + id).document().select("#profile p").first().text())
        .startsWith("Written with Test and his family");
  }

  private static String childJson(String upn, UUID school, String status, String need) {
    return "{\"givenName\":\"Test\",\"familyName\":\"Pupil\",\"dateOfBirth\":\"2013-05-01\","
        + "\"upn\":\""
        + upn
        + "\",\"schoolId\":\""
        + school
        + "\",\"yearGroup\":9,\"senStatus\":\""
        + status
        + "\",\"primaryNeed\":\""
        + need
        + "\",\"homeLanguages\":[\"ENG\"]}";
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(
        c -> names.add(c.get("givenName").asString() + " " + c.get("familyName").asString()));
    return names;
  }
}
