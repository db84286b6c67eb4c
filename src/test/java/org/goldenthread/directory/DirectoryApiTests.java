package org.goldenthread.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory through the API, over the demo directory: "autistic" finds every autism service,
 * filters hold together, pages count, and the refusals (400 naming the field, 403, 404, 409).
 */
@IntegrationTest
class DirectoryApiTests {

  static final String SERVICES = "/api/v1/directory/services";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient sql;
  ApiClient api;
  String parent;
  String officer;

  @BeforeEach
  void signIn() {
    api = new ApiClient(port);
    parent = api.tokenFor("parent@example.org");
    officer = api.tokenFor("officer@northshire.example");
  }

  private JsonNode search(String query) {
    ApiClient.Response answer = api.get(SERVICES + "?size=200&" + query, parent);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static Set<String> names(JsonNode page) {
    Set<String> names = new HashSet<>();
    page.get("items").forEach(item -> names.add(item.get("name").asString()));
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  @Test
  void autisticFindsEveryServiceTaggedForAutismEvenWhenItsTextNeverSaysSo() {
    Set<String> autism = names(search("need=ASD"));
    assertThat(autism)
        .contains("Razem: autism support for Polish-speaking families", "Spectrum Sundays");

    JsonNode autistic = search("q=autistic");
    assertThat(names(autistic)).containsAll(autism);
    assertThat(names(search("q=Autism"))).containsAll(autism);
    assertThat(names(search("q=ASD"))).containsAll(autism);
    // Spectrum Sundays never says autism or autistic: it is found by its need.
    assertThat(search("need=ASD").toString()).doesNotContain("Spectrum Sundays: autistic");
    JsonNode first = autistic.get("items").get(0);
    assertThat(strings(first.get("needs"))).contains("ASD");
  }

  @Test
  void dyslexicFindsDyslexiaAndAWordOfTheTextStillNarrows() {
    assertThat(names(search("q=dyslexic")))
        .contains("Read Easy Northshire", "Words Together tutoring");
    assertThat(names(search("q=dyslexic+spelling"))).containsExactly("Words Together tutoring");
    assertThat(names(search("q=deaf"))).contains("Family Sign Language Classes");
  }

  @Test
  void theFiltersHoldTogether() {
    JsonNode polishAutism = search("q=autistic&need=ASD&language=POL");
    assertThat(names(polishAutism))
        .contains("Razem: autism support for Polish-speaking families")
        .doesNotContain("Spectrum Sundays", "Autism Family Hub Northshire");
    for (JsonNode item : polishAutism.get("items")) {
      assertThat(strings(item.get("needs"))).contains("ASD");
      assertThat(strings(item.get("languages"))).contains("POL");
    }
    JsonNode inNs1 = search("need=ASD&language=pol&area=ns1");
    assertThat(names(inNs1)).containsExactly("Razem: autism support for Polish-speaking families");
    assertThat(names(search("need=ASD&language=POL&area=NS1%204AB"))).isEqualTo(names(inNs1));
    assertThat(search("need=ASD&language=POL&area=NS9").get("total").asLong()).isZero();

    JsonNode urdu = search("language=URD&area=990");
    assertThat(urdu.get("total").asLong()).isGreaterThanOrEqualTo(4);
    for (JsonNode item : urdu.get("items")) {
      assertThat(strings(item.get("languages"))).contains("URD");
      assertThat(strings(item.get("areas"))).contains("990");
    }
  }

  @Test
  void eachServiceHasTheFixedFields() {
    JsonNode razem = search("q=razem").get("items").get(0);
    assertThat(razem.get("name").asString()).startsWith("Razem");
    assertThat(strings(razem.get("needs"))).containsExactly("ASD");
    assertThat(strings(razem.get("areas"))).containsExactly("NS1", "NS2", "NS3");
    assertThat(strings(razem.get("languages"))).containsExactly("POL", "ENG");
    assertThat(razem.get("contact").get("phone").asString()).isEqualTo("0113 496 0003");
    assertThat(razem.get("contact").get("email").asString()).endsWith("example.org");
    assertThat(razem.get("cost").asString()).isEqualTo("Free");
    assertThat(razem.get("independent").asBoolean()).isTrue();
    assertThat(razem.get("lastCheckedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(razem.get("summary").asString()).isNotBlank();
    assertThat(razem.get("id").asString()).isNotBlank();

    ApiClient.Response one = api.get(SERVICES + "/" + razem.get("id").asString(), parent);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().get("description").asString()).contains("polsku");
  }

  @Test
  void pagesCountEveryMatch() {
    long total = search("").get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(40);
    JsonNode first = api.get(SERVICES + "?size=5", parent).json();
    JsonNode second = api.get(SERVICES + "?size=5&page=1", parent).json();
    assertThat(first.get("items").size()).isEqualTo(5);
    assertThat(first.get("total").asLong()).isEqualTo(total);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(5);
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(names(first)).doesNotContainAnyElementsOf(names(second));
    assertThat(api.get(SERVICES + "?size=5000", parent).json().get("size").asInt()).isEqualTo(200);
  }

  @Test
  void aNeedLanguageOrAreaThatIsNoneIsA400NamingIt() {
    assertNaming(api.get(SERVICES + "?need=AUTISM", parent), "need");
    assertNaming(api.get(SERVICES + "?language=KLINGON", parent), "language");
    assertNaming(api.get(SERVICES + "?area=somewhere", parent), "area");
    assertNaming(api.get(SERVICES + "?q=a%00b", parent), "q");
  }

  @Test
  void anOfficerAddsChangesAndChecksAServiceAndOthersMayNot() {
    Map<String, Object> body =
        Map.of(
            "name",
            "Test Service " + UUID.randomUUID(),
            "summary",
            "Help for families in Polish.",
            "kind",
            "HELPLINE",
            "needs",
            List.of("SLCN"),
            "areas",
            List.of("990", "ns5"),
            "languages",
            List.of("pol"),
            "contact",
            Map.of("phone", "0113 496 0999"),
            "lastCheckedOn",
            "2025-01-01");
    assertThat(api.post(SERVICES, parent, json(body)).status()).isEqualTo(403);

    ApiClient.Response added = api.post(SERVICES, officer, json(body));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonNode service = added.json();
    assertThat(strings(service.get("areas"))).containsExactly("990", "NS5");
    assertThat(strings(service.get("languages"))).containsExactly("POL");
    assertThat(service.get("needsChecking").asBoolean()).isTrue();
    String address = SERVICES + "/" + service.get("id").asString();
    long version = service.get("version").asLong();

    assertThat(
            api.send("PUT", address, parent, json(Map.of("cost", "£1", "version", version)))
                .status())
        .isEqualTo(403);
    ApiClient.Response changed =
        api.send("PUT", address, officer, json(Map.of("cost", "£1", "version", version)));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("cost").asString()).isEqualTo("£1");
    assertThat(changed.json().get("summary").asString()).isEqualTo("Help for families in Polish.");
    ApiClient.Response stale =
        api.send("PUT", address, officer, json(Map.of("cost", "£2", "version", version)));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get(address, parent).json().get("cost").asString()).isEqualTo("£1");
    assertNaming(api.send("PUT", address, officer, json(Map.of("cost", "£2"))), "version");

    ApiClient.Response checked = api.post(address + "/checked", officer, "{}");
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    assertThat(checked.json().get("needsChecking").asBoolean()).isFalse();
    assertThat(api.post(address + "/checked", parent, "{}").status()).isEqualTo(403);
  }

  @Test
  void badCodesAndHostileTextAreA400NamingTheField() {
    assertNaming(
        api.post(SERVICES, officer, json(Map.of("name", "x", "needs", List.of("NOPE")))), "needs");
    assertNaming(
        api.post(SERVICES, officer, json(Map.of("name", "x", "languages", List.of("XX")))),
        "languages");
    assertNaming(
        api.post(
            SERVICES, officer, json(Map.of("name", "x", "areas", List.of(codeOfNoAuthority())))),
        "areas");
    assertNaming(api.post(SERVICES, officer, json(Map.of("name", "a\u0000b"))), "name");
    assertNaming(
        api.post(SERVICES, officer, json(Map.of("description", "a".repeat(100_000)))),
        "description");
    assertNaming(
        api.post(
            SERVICES, officer, json(Map.of("contact", Map.of("website", "javascript:alert(1)")))),
        "contact.website");
    assertNaming(api.post(SERVICES, officer, json(Map.of("kind", "CIRCUS"))), "kind");
    assertNaming(api.post(SERVICES, officer, "{}"), "name", "summary", "kind", "areas");
  }

  @Test
  void aServiceThatIsNotThereIsA404() {
    assertThat(api.get(SERVICES + "/" + UUID.randomUUID(), parent).status()).isEqualTo(404);
    assertThat(api.get(SERVICES + "/not-an-id", parent).status()).isEqualTo(404);
    assertThat(api.get(SERVICES, null).status()).isEqualTo(401);
  }

  /**
   * A three-digit authority code that no authority has now: other tests make authorities with
   * random three-digit codes, so a fixed one ("999") was sometimes taken.
   */
  private String codeOfNoAuthority() {
    Set<String> taken =
        new HashSet<>(sql.sql("select code from local_authority").query(String.class).list());
    for (int code = 999; ; code--) {
      String written = String.format("%03d", code);
      if (!taken.contains(written)) {
        return written;
      }
    }
  }

  private static String json(Object body) {
    return JSON.writeValueAsString(body);
  }

  private static void assertNaming(ApiClient.Response answer, String... fields) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> named = new ArrayList<>();
    answer.json().path("errors").forEach(error -> named.add(error.path("field").asString()));
    assertThat(named).as(answer.body()).contains(fields);
  }
}
