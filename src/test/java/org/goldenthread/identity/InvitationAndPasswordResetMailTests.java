package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Mail goes through a real SMTP server (GreenMail) and its links work once. */
@IntegrationTest
@WithMailServer
class InvitationAndPasswordResetMailTests {

  private static final Mailbox MAIL = MailServer.mailbox();

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

  @LocalServerPort int port;
  @Autowired Invitations invitations;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;

  @Test
  void anInvitationArrivesByEmailAndItsLinkCreatesTheAccountOnce() throws Exception {
    String email = "new.senco." + UUID.randomUUID() + "@example.org";
    UUID riverside =
        organisations.schools().stream()
            .filter(s -> s.name().equals("Riverside Academy"))
            .findFirst()
            .orElseThrow()
            .id();
    UUID admin = accounts.findByEmail("admin@goldenthread.example").orElseThrow().id();
    invitations.invite(new NewInvitation(email, "Jo Newton", Role.SENCO, riverside), admin);

    MimeMessage mail = awaitMailTo(email);
    String body = GreenMailUtil.getBody(mail);
    assertThat(mail.getSubject()).isNotBlank();
    assertThat(body).contains("Jo Newton", "Riverside Academy");
    String link = linkIn(body);

    PageSession person = new PageSession(port);
    PageSession.Page form = person.get(link);
    assertThat(form.status()).isEqualTo(200);
    PageSession.Page tooShort =
        person.submit(
            form,
            "main form",
            Map.of("name", "Jo Newton", "password", "short", "confirmPassword", "short"));
    assertThat(tooShort.document().select("#password-error").text())
        .contains("10 characters or more");

    PageSession.Page done =
        person.submit(
            tooShort,
            "main form",
            Map.of(
                "name", "Jo Newton",
                "password", "lantern-meadow-copper-8",
                "confirmPassword", "lantern-meadow-copper-8"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).contains("/sign-in?invitationAccepted");

    CurrentUser created = accounts.findByEmail(email).orElseThrow();
    assertThat(created.organisationsWhere(Role.SENCO)).containsExactly(riverside);
    assertThat(new PageSession(port).get(link).status()).isEqualTo(404);
  }

  @Test
  void aForgottenPasswordLinkSetsANewPasswordOnceAndTheOwnerIsTold() {
    String email = "forgetful." + UUID.randomUUID() + "@example.org";
    accounts.createOrGrant(email, "Sam Forgetful", "original-password-42", Role.PARENT, null);

    PageSession person = new PageSession(port);
    PageSession.Page asked =
        person.submit(person.get("/forgotten-password"), "main form", Map.of("email", email));
    assertThat(asked.status()).isEqualTo(200);
    PageSession stranger = new PageSession(port);
    PageSession.Page askedForNobody =
        stranger.submit(
            stranger.get("/forgotten-password"),
            "main form",
            Map.of("email", "nobody." + UUID.randomUUID() + "@example.org"));
    assertThat(asked.document().select("h1").text()).isEqualTo("Check your email");
    assertThat(askedForNobody.document().select("h1").text()).isEqualTo("Check your email");

    String link = linkIn(GreenMailUtil.getBody(awaitMailTo(email)));
    PageSession.Page followed = person.get(link);
    assertThat(followed.status()).isEqualTo(302);
    assertThat(followed.location()).endsWith("/reset-password");
    PageSession.Page reset =
        person.submit(
            person.get(followed.location()),
            "main form",
            Map.of(
                "password", "harbour-tulip-engine-7", "confirmPassword", "harbour-tulip-engine-7"));
    assertThat(reset.status()).isEqualTo(302);
    assertThat(reset.location()).contains("/sign-in?passwordChanged");

    ApiClient api = new ApiClient(port);
    assertThat(
            api.post(
                    "/api/v1/auth/tokens",
                    null,
                    "{\"email\":\"" + email + "\",\"password\":\"harbour-tulip-engine-7\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/auth/tokens",
                    null,
                    "{\"email\":\"" + email + "\",\"password\":\"original-password-42\"}")
                .status())
        .isEqualTo(401);
    assertThat(person.get(link).status()).isEqualTo(404);
    await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.to(email).size() == 2);
  }

  private static MimeMessage awaitMailTo(String email) {
    await().atMost(Duration.ofSeconds(20)).until(() -> !MAIL.to(email).isEmpty());
    return MAIL.to(email).get(0);
  }

  private static String linkIn(String body) {
    Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
    assertThat(matcher.find()).as("a link in " + body).isTrue();
    return matcher.group(1);
  }
}
