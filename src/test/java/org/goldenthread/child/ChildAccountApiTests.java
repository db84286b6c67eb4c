package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, part 4, against the real application and a real SMTP server: a parent or the SENCO
 * invites the child to an account of their own; the child accepts by the link in the email, gets a
 * token like anyone and sees only themself, without the school's numbers or the family's
 * circumstances; a young person from 16 sees the whole record and gives consent.
 */
@IntegrationTest
@WithMailServer
class ChildAccountApiTests {

  static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String PASSWORD = "lantern-orchard-puffin-7";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;
  ApiClient api;
  Pupils pupils;
  Mailbox mail = MailServer.mailbox();
  String senco;
  LocalDate today;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    pupils = new Pupils(context);
    senco = api.tokenFor(Pupils.SENCO);
    today = LocalDate.now(clock);
  }

  private Pupils.Pupil pupil(int age) {
    int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100_000);
    return pupils
        .pupil("Robin", "Account" + n)
        .bornOn(today.minusYears(age).minusDays(3))
        .withParent("acct.parent." + n + "@example.org", "Jo Account" + n)
        .withTeacher()
        .add();
  }

  private static String account(Pupils.Pupil pupil) {
    return "/api/v1/children/" + pupil.id() + "/account";
  }

  private static String email(String address) {
    return "{\"email\": \"" + address + "\"}";
  }

  /** The child follows the link in their invitation and chooses a password; answers a token. */
  private String accept(String childEmail) {
    String link =
        Mailbox.links(Mailbox.text(mail.awaitOne(childEmail, m -> true))).stream()
            .filter(l -> l.startsWith("/invitations/"))
            .findFirst()
            .orElseThrow();
    PageSession child = new PageSession(port);
    PageSession.Page form = child.get(link);
    assertThat(form.status()).isEqualTo(200);
    PageSession.Page done =
        child.submit(
            form,
            "main form",
            Map.of("name", "Robin", "password", PASSWORD, "confirmPassword", PASSWORD));
    assertThat(done.location()).contains("/sign-in?invitationAccepted");
    ApiClient.Response token =
        api.post(
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + childEmail + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(token.status()).isEqualTo(201);
    return token.json().get("token").asString();
  }

  @Test
  void aParentInvitesTheChildWhoSeesOnlyThemselfWithoutStaffFieldsOrTheFamily() {
    Pupils.Pupil robin = pupil(13);
    Pupils.Pupil other = pupil(13);
    String parent = api.tokenFor(robin.parentEmail());
    String childEmail = "robin." + robin.id().toString().substring(0, 8) + "@example.org";

    ApiClient.Response sent = api.post(account(robin), parent, email(childEmail));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(sent.json().get("email").asString()).isEqualTo(childEmail);
    assertThat(api.post(account(robin), senco, email(childEmail)).status())
        .as("an invitation is waiting")
        .isEqualTo(409);
    JsonNode status = api.get(account(robin), parent).json();
    assertThat(status.get("hasAccount").asBoolean()).isFalse();
    assertThat(status.get("invitation").get("email").asString()).isEqualTo(childEmail);

    String token = accept(childEmail);

    JsonNode listed = api.get("/api/v1/children", token).json();
    assertThat(listed.get("total").asInt()).isEqualTo(1);
    assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(robin.id().toString());
    ApiClient.Response own = api.get("/api/v1/children/" + robin.id(), token);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().path("upn").isNull() || own.json().path("upn").isMissingNode())
        .as("no UPN for the child's own account: " + own.body())
        .isTrue();
    assertThat(own.json().get("givenName").asString()).isEqualTo("Robin");
    assertThat(api.get("/api/v1/children/" + other.id(), token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/children/" + robin.id() + "/family", token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/children/" + robin.id() + "/audit", token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/children/" + robin.id() + "/team", token).status()).isEqualTo(404);

    assertThat(api.get(account(robin), parent).json().get("hasAccount").asBoolean()).isTrue();
    assertThat(api.post(account(robin), parent, email("another." + childEmail)).status())
        .as("the child has an account")
        .isEqualTo(409);

    PageSession pages = new PageSession(port);
    pages.signIn(childEmail, PASSWORD);
    PageSession.Page home = pages.get("/");
    assertThat(home.location()).endsWith("/children/" + robin.id() + "/my-page");
    assertThat(pages.get("/children/" + robin.id() + "/family").status()).isEqualTo(404);
    assertThat(pages.get("/children/" + robin.id() + "/audit").status()).isEqualTo(404);
    assertThat(pages.get("/children/" + robin.id()).status()).isEqualTo(404);
  }

  @Test
  void theChildRecordsTheirOwnViewsAndSeesNoneOfTheFamilys() {
    Pupils.Pupil robin = pupil(12);
    String parent = api.tokenFor(robin.parentEmail());
    String childEmail = "robin.views." + robin.id().toString().substring(0, 8) + "@example.org";
    assertThat(api.post(account(robin), parent, email(childEmail)).status()).isEqualTo(201);
    String token = accept(childEmail);
    String views = "/api/v1/children/" + robin.id() + "/views";
    ApiClient.Response family =
        api.post(views, parent, "{\"whose\": \"FAMILY\", \"text\": \"Money is tight at home\"}");
    assertThat(family.status()).as(family.body()).isEqualTo(201);

    ApiClient.Response mine =
        api.post(views, token, "{\"whose\": \"CHILD\", \"text\": \"I like the quiet room\"}");
    assertThat(mine.status()).as(mine.body()).isEqualTo(201);
    assertThat(api.post(views, token, "{\"whose\": \"FAMILY\", \"text\": \"Not mine\"}").status())
        .as("only their own view")
        .isEqualTo(400);

    JsonNode listed = api.get(views, token).json();
    assertThat(listed.get("total").asInt()).isEqualTo(1);
    assertThat(listed.get("items").get(0).get("text").asString())
        .isEqualTo("I like the quiet room");
    assertThat(api.get("/api/v1/views/" + family.json().get("id").asString(), token).status())
        .as("the family's view may speak of the family's circumstances")
        .isEqualTo(404);
    assertThat(api.get(views, parent).json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  void aChildYoungerThanTheSchoolsMinimumAgeIsA400NamingTheDateOfBirth() {
    Pupils.Pupil young = pupil(8);

    ApiClient.Response refused = api.post(account(young), senco, email("young@example.org"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("dateOfBirth");
    assertThat(refused.json().get("errors").get(0).get("message").asString())
        .contains("younger than the age their school has set");
  }

  @Test
  void theTeacherAndTheOfficerAreRefused403AndAStrangerFindsNothing() {
    Pupils.Pupil robin = pupil(12);

    assertThat(
            api.post(
                    account(robin),
                    api.tokenFor("teacher@riverside.example"),
                    email("r1@example.org"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    account(robin),
                    api.tokenFor("officer@northshire.example"),
                    email("r1@example.org"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(account(robin), api.tokenFor("senco@brook.example"), email("r1@example.org"))
                .status())
        .isEqualTo(404);
    assertThat(api.get(account(robin), api.tokenFor("senco@brook.example")).status())
        .isEqualTo(404);
  }

  @Test
  void twoInvitationsAtOnceGiveOne201AndOne409() {
    Pupils.Pupil robin = pupil(11);
    String parent = api.tokenFor(robin.parentEmail());
    String tag = robin.id().toString().substring(0, 8);

    List<Integer> answers =
        AtOnce.run(
            () ->
                api.post(account(robin), parent, email("at.once.a." + tag + "@example.org"))
                    .status(),
            () ->
                api.post(account(robin), senco, email("at.once.b." + tag + "@example.org"))
                    .status());

    assertThat(answers).containsExactlyInAnyOrder(201, 409);
  }

  @Test
  void hostileEmailTextIsA400NamingTheField() {
    Pupils.Pupil robin = pupil(12);

    for (String hostile :
        List.of(
            "<script>alert(1)</script>@example.org",
            "robin\\u0000@example.org",
            "r".repeat(100_000) + "@example.org",
            "")) {
      ApiClient.Response refused = api.post(account(robin), senco, email(hostile));
      assertThat(refused.status())
          .as(hostile.substring(0, Math.min(20, hostile.length())))
          .isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }
    assertThat(
            api.post(account(robin), senco, email(robin.parentEmail()))
                .json()
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .as("a parent's address is not the child's own")
        .isEqualTo("email");
    assertThat(api.get(account(robin), senco).json().get("invitation").isNull()).isTrue();
  }

  @Test
  void aYoungPersonOfSixteenSeesTheFamilyAndGivesConsentForThemself() {
    Pupils.Pupil sam = pupil(17);
    String youngEmail = "sam." + sam.id().toString().substring(0, 8) + "@example.org";
    assertThat(api.post(account(sam), senco, email(youngEmail)).status()).isEqualTo(201);
    String token = accept(youngEmail);

    ApiClient.Response family = api.get("/api/v1/children/" + sam.id() + "/family", token);
    assertThat(family.status()).isEqualTo(200);
    assertThat(family.json().has("context")).isTrue();
    assertThat(api.get("/api/v1/children/" + sam.id() + "/audit", token).status()).isEqualTo(200);

    UUID ep = context.getBean(Accounts.class).findByEmail("ep@eps.example").orElseThrow().id();
    ApiClient.Response joined =
        api.post(
            "/api/v1/children/" + sam.id() + "/team",
            senco,
            """
            {"userId": "%s", "name": "Dr Daniel Hughes", "role": "EDUCATIONAL_PSYCHOLOGIST",
             "organisation": "Northshire Educational Psychology Service", "startOn": "%s"}
            """
                .formatted(ep, today));
    assertThat(joined.status()).as(joined.body()).isEqualTo(201);
    assertThat(joined.json().get("consent").asString()).isEqualTo("PENDING");

    ApiClient.Response consent =
        api.post(
            "/api/v1/children/" + sam.id() + "/consents",
            token,
            """
            {"memberId": "%s", "status": "GIVEN", "method": "IN_APP", "givenOn": "%s"}
            """
                .formatted(joined.json().get("id").asString(), today));
    assertThat(consent.status()).as(consent.body()).isEqualTo(201);
  }
}
