package org.goldenthread.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.support.PageSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no mail server, mail is kept in the outbox, where the administrator reads it. */
@IntegrationTest
class OutboxTests {

  @LocalServerPort int port;
  @Autowired Invitations invitations;
  @Autowired Accounts accounts;

  @Test
  void anInvitationIsReadableInTheOutboxWithAWorkingLink() {
    String email = "outbox." + UUID.randomUUID() + "@example.org";
    UUID admin = accounts.findByEmail("admin@goldenthread.example").orElseThrow().id();
    invitations.invite(new NewInvitation(email, "Robin Outbox", Role.PLATFORM_ADMIN, null), admin);

    PageSession browser = new PageSession(port);
    browser.signIn("admin@goldenthread.example", "thread-demo-2026");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.get("/admin/outbox").body().contains(email));
    Element row =
        browser.get("/admin/outbox").document().select("tr:contains(" + email + ")").first();
    PageSession.Page message = browser.get(row.selectFirst("a").attr("href"));
    assertThat(message.document().text()).contains("Robin Outbox");
    String link = message.document().selectFirst("main a[href*=/invitations/]").attr("href");

    PageSession.Page invitation =
        new PageSession(port).get(link.replaceFirst("^https?://[^/]+", ""));
    assertThat(invitation.status()).isEqualTo(200);
    assertThat(invitation.document().select("h1").text()).isEqualTo("Set up your account");
  }

  @Test
  void othersCannotReadTheOutbox() {
    PageSession senco = new PageSession(port);
    senco.signIn("senco@riverside.example", "thread-demo-2026");
    assertThat(senco.get("/admin/outbox").status()).isEqualTo(403);
  }
}
