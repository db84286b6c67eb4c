package org.goldenthread.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The outbox: the mail the app would have sent, for platform administrators to read. */
@WebMvcTest(OutboxController.class)
@Import(OutboxControllerTests.Slice.class)
class OutboxControllerTests {

  private static final CurrentUser ADMIN = TestDoor.person("Ada Admin", Role.PLATFORM_ADMIN);
  private static final Instant HALF_NINE = Instant.parse("2026-11-23T09:30:00Z");
  private static final String BODY =
      "Dear Pat,\n\nFollow this link to set up your account:\n"
          + "https://goldenthread.example/invitations/abc\n\nGolden Thread";
  private static final byte[] ICS =
      "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

  @Autowired MockMvc mvc;
  @MockitoBean OutboxMessageRepository outbox;
  @MockitoBean OutboxAttachmentRepository attachments;

  private static OutboxMessage message(String subject) {
    return new OutboxMessage(
        new MailMessage("pat.teacher@riverside.example", subject, BODY, List.of()),
        "outbox",
        HALF_NINE);
  }

  private static OutboxAttachment invite(OutboxMessage message) {
    return new OutboxAttachment(
        message.getId(), 0, new MailAttachment("invite.ics", "text/calendar", ICS));
  }

  @Test
  void listsTheMailNewestFirstWithALinkToEach() throws Exception {
    OutboxMessage invitation = message("You are invited to Golden Thread");
    given(outbox.findAllByOrderByCreatedAtDesc(any()))
        .willReturn(new PageImpl<>(List.of(invitation), PageRequest.of(0, 25), 1));

    Document page = show("/admin/outbox");

    assertThat(page.select("h1").text()).isEqualTo("Outbox");
    assertThat(page.select("thead th").eachText()).containsExactly("Written", "To", "Subject");
    assertThat(page.select("tbody tr td").eachText())
        .containsExactly(
            "23 November 2026 at 9:30am",
            "pat.teacher@riverside.example",
            "You are invited to Golden Thread");
    assertThat(page.select("tbody a").attr("href"))
        .isEqualTo("/admin/outbox/" + invitation.getId());
    verify(outbox).findAllByOrderByCreatedAtDesc(PageRequest.of(0, 25));
  }

  @Test
  void saysSoWhenThereIsNoMailYet() throws Exception {
    given(outbox.findAllByOrderByCreatedAtDesc(any()))
        .willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));

    Document page = show("/admin/outbox");

    assertThat(page.select("main p").eachText()).contains("No emails yet.");
    assertThat(page.select("table")).isEmpty();
  }

  @Test
  void showsAMessageWithItsLinksFollowableAndItsFilesToDownload() throws Exception {
    OutboxMessage invitation = message("You are invited to Golden Thread");
    OutboxAttachment file = invite(invitation);
    given(outbox.findById(invitation.getId())).willReturn(Optional.of(invitation));
    given(attachments.findByMessageIdOrderByPosition(invitation.getId())).willReturn(List.of(file));

    Document page = show("/admin/outbox/" + invitation.getId());

    assertThat(page.select("h1").text()).isEqualTo("You are invited to Golden Thread");
    assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/admin/outbox");
    assertThat(page.select(".govuk-summary-list__value").eachText())
        .containsExactly("pat.teacher@riverside.example", "23 November 2026 at 9:30am");
    assertThat(page.select(".govuk-inset-text p").eachText())
        .containsExactly(
            "Dear Pat,",
            "Follow this link to set up your account:",
            "https://goldenthread.example/invitations/abc",
            "Golden Thread");
    assertThat(page.select(".govuk-inset-text a").attr("href"))
        .isEqualTo("https://goldenthread.example/invitations/abc");
    assertThat(page.select("main ul a").text())
        .isEqualTo("Download invite.ics (" + ICS.length + " bytes)");
    assertThat(page.select("main ul a").attr("href"))
        .isEqualTo("/admin/outbox/" + invitation.getId() + "/attachments/" + file.getId());
  }

  @Test
  void downloadsAFileAsTheRecipientWouldHaveReceivedIt() throws Exception {
    OutboxMessage invitation = message("Meeting booked");
    OutboxAttachment file = invite(invitation);
    given(attachments.findById(file.getId())).willReturn(Optional.of(file));

    mvc.perform(
            get("/admin/outbox/" + invitation.getId() + "/attachments/" + file.getId())
                .with(user(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/calendar"))
        .andExpect(
            header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\""))
        .andExpect(content().bytes(ICS));
  }

  @Test
  void aMessageOrFileThatIsNotThereOrNotOfThatMessageIsNotFound() throws Exception {
    OutboxMessage invitation = message("Meeting booked");
    OutboxAttachment file = invite(invitation);
    given(outbox.findById(any())).willReturn(Optional.empty());
    given(attachments.findById(file.getId())).willReturn(Optional.of(file));

    mvc.perform(get("/admin/outbox/" + UUID.randomUUID()).with(user(ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/admin/outbox/" + UUID.randomUUID() + "/attachments/" + file.getId())
                .with(user(ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void isForPlatformAdministratorsOnly() throws Exception {
    CurrentUser senco = TestDoor.person("Sarah Senco", Role.SENCO);
    UUID id = UUID.randomUUID();

    mvc.perform(get("/admin/outbox").with(user(senco))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/outbox/" + id).with(user(senco))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/outbox/" + id + "/attachments/" + id).with(user(senco)))
        .andExpect(status().isForbidden());

    verifyNoInteractions(outbox, attachments);
  }

  private Document show(String path) throws Exception {
    MvcResult result = mvc.perform(get(path).with(user(ADMIN))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  /**
   * What the outbox templates use that the slice does not make ({@code #dateWords}), and method
   * security, which the application's security configuration turns on.
   */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableMethodSecurity
  @Import(Dates.class)
  static class Slice {}
}
