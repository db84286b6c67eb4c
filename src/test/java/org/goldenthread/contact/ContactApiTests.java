package org.goldenthread.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The contact log through the API and the key worker's home: staff record, the family reads and may
 * not record, hostile text, two at once, paging, strangers, and the families out of touch.
 */
@IntegrationTest
class ContactApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String parent;
  Pupils.Pupil pupil;
  String contacts;

  @BeforeEach
  void aPupilWithAParent() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
    String email = "parent+" + UUID.randomUUID() + "@contacts.example";
    pupil = new Pupils(context).pupil("Ava", "Lake").withParent(email, "Jo Lake").add();
    parent = api.tokenFor(email);
    contacts = "/api/v1/children/" + pupil.id() + "/contacts";
  }

  private static String contact(LocalDate on, String how, String summary) {
    return "{\"on\":\""
        + on
        + "\",\"how\":\""
        + how
        + "\",\"with\":\"Jo Lake\",\"summary\":\""
        + summary
        + "\",\"agreed\":\"Call again on Friday\"}";
  }

  @Test
  void staffRecordAContactAndTheFamilyReadsItButMayNotRecord() {
    ApiClient.Response saved = api.post(contacts, senco, contact(TODAY, "PHONE", "A chat"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    JsonNode entry = saved.json();
    assertThat(entry.get("id").asString()).isNotBlank();
    assertThat(entry.get("recordedBy").asString()).isEqualTo(pupil.sencoId().toString());
    assertThat(entry.get("recordedAt").asString()).isNotBlank();
    assertThat(entry.get("version").asLong()).isZero();
    assertThat(entry.get("on").asString()).isEqualTo(TODAY.toString());
    assertThat(entry.get("with").asString()).isEqualTo("Jo Lake");

    JsonNode read = api.get(contacts, parent).json();
    assertThat(read.get("items").get(0).get("summary").asString()).isEqualTo("A chat");

    ApiClient.Response refused = api.post(contacts, parent, contact(TODAY, "PHONE", "Mine"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(api.get(contacts, senco).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void twoContactsSavedAtOnceAreBothSavedAndTheLogIsPagedNewestFirst() {
    List<Integer> answers =
        AtOnce.run(
            () -> api.post(contacts, senco, contact(TODAY.minusDays(3), "VIDEO", "one")).status(),
            () -> api.post(contacts, senco, contact(TODAY.minusDays(2), "OTHER", "two")).status());
    assertThat(answers).containsExactly(201, 201);
    api.post(contacts, senco, contact(TODAY.minusDays(1), "HOME_VISIT", "three"));

    JsonNode first = api.get(contacts + "?page=0&size=2", senco).json();
    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("items").findValuesAsString("summary")).containsExactly("three", "two");
    JsonNode second = api.get(contacts + "?page=1&size=2", senco).json();
    assertThat(second.get("items").findValuesAsString("summary")).containsExactly("one");
  }

  @Test
  void hostileOrWrongInputIsA400NamingTheField() {
    assertField(api.post(contacts, senco, contact(TODAY, "PHONE", "a\\u0000b")), "summary");
    assertField(api.post(contacts, senco, contact(TODAY, "PHONE", "a".repeat(100_000))), "summary");
    assertField(api.post(contacts, senco, contact(TODAY, "PHONE", "a".repeat(10_001))), "summary");
    assertField(api.post(contacts, senco, contact(TODAY.plusDays(1), "PHONE", "x")), "on");
    assertField(api.post(contacts, senco, contact(TODAY, "PIGEON", "x")), "how");
    assertField(api.post(contacts, senco, "{\"on\":\"soon\",\"how\":\"PHONE\"}"), "on");
    assertField(
        api.post(contacts, senco, "{\"on\":\"" + TODAY + "\",\"how\":\"PHONE\",\"summary\":\"x\"}"),
        "with");
    ApiClient.Response markup =
        api.post(contacts, senco, contact(TODAY, "PHONE", "<script>alert(1)</script>"));
    assertThat(markup.status()).as("markup is kept as plain text").isEqualTo(201);
    assertThat(api.get(contacts, senco).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aWrongDayAndAWrongWayTogetherAreOne400NamingBoth() {
    ApiClient.Response refused =
        api.post(
            contacts,
            senco,
            "{\"on\":\"last Tuesday\",\"how\":\"PIGEON\",\"with\":\"Jo Lake\","
                + "\"summary\":\"A chat\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    Map<String, String> errors = new HashMap<>();
    refused
        .json()
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    assertThat(errors)
        .containsOnly(
            Map.entry("on", context.getMessage("api.error.date", null, Locale.UK)),
            Map.entry("how", context.getMessage("api.error.choice", null, Locale.UK)));
    assertThat(api.get(contacts, senco).json().get("total").asLong()).isZero();
  }

  @Test
  void aStrangerFindsNoneOfIt() {
    api.post(contacts, senco, contact(TODAY, "PHONE", "x"));
    for (String token :
        new String[] {
          api.tokenFor("other.parent@example.org"), api.tokenFor("senco@brook.example")
        }) {
      assertThat(api.get(contacts, token).status()).isEqualTo(404);
      assertThat(api.post(contacts, token, contact(TODAY, "PHONE", "y")).status()).isEqualTo(404);
    }
  }

  @Test
  void aLapsedFamilyIsOnTheKeyWorkersHomeAndARecentlyContactedOneIsNot() {
    FreshSchool school = FreshSchool.open(context);
    Pupils pupils = new Pupils(context, school);
    Pupils.Pupil lapsed =
        pupils.pupil("Lapsed", "Family").withParent(fresh("lapsed"), "Pat Family").add();
    Pupils.Pupil recent =
        pupils.pupil("Recent", "Family").withParent(fresh("recent"), "Sam Family").add();
    String token = api.tokenFor(school.senco().email());
    assertThat(
            api.post(
                    "/api/v1/children/" + lapsed.id() + "/contacts",
                    token,
                    contact(TODAY.minusWeeks(7), "PHONE", "long ago"))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/children/" + recent.id() + "/contacts",
                    token,
                    contact(TODAY.minusWeeks(1), "IN_PERSON", "lately"))
                .status())
        .isEqualTo(201);

    PageSession pages = new PageSession(port);
    pages.signIn(school.senco().email(), ApiClient.DEMO_PASSWORD);
    Element panel = pages.get("/").document().getElementById("lapsed-families");
    assertThat(panel).isNotNull();
    assertThat(panel.text())
        .contains("Lapsed Family")
        .contains("a phone call")
        .contains("Pat Family prefers email")
        .doesNotContain("Recent Family");
    assertThat(panel.select("a").eachAttr("href"))
        .contains("/children/" + lapsed.id() + "/contacts");

    PageSession family = new PageSession(port);
    family.signIn(recent.parentEmail(), ApiClient.DEMO_PASSWORD);
    assertThat(family.get("/").document().getElementById("lapsed-families")).isNull();
  }

  private static String fresh(String tag) {
    return "parent+" + tag + UUID.randomUUID() + "@fresh.example";
  }

  private static void assertField(ApiClient.Response answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }
}
