package org.goldenthread.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessGrant;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.PasswordResetRequested;
import org.goldenthread.identity.Role;
import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingNotice;
import org.goldenthread.meeting.MeetingSender;
import org.goldenthread.meeting.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Notifications as a listener, with what they depend on and the child's door mocked: the events
 * that call for mail put it in the outbox (the test profile keeps mail in the app), addressed to
 * the person, and mail about a child reaches only those the door lets in at the moment of sending.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class NotificationModuleTests {

  @Autowired JdbcClient sql;
  @Autowired Accounts accounts;
  @MockitoBean ChildAccess access;

  @Test
  void aResetLinkAskedForIsMailedToThatAddressWithTheLink(Scenario scenario) {
    String email = "reset." + UUID.randomUUID() + "@fresh.example";
    String link = "https://goldenthread.example/reset-password?token=" + UUID.randomUUID();

    scenario
        .publish(
            new PasswordResetRequested(
                UUID.randomUUID(),
                "Fran Forgot",
                email,
                link,
                Instant.now().plus(1, ChronoUnit.HOURS)))
        .andWaitForStateChange(() -> outboxOf(email))
        .andVerify(
            mail ->
                assertThat(mail)
                    .singleElement()
                    .satisfies(
                        message -> {
                          assertThat((String) message.get("body")).contains("Fran Forgot", link);
                          assertThat((String) message.get("subject")).isNotBlank();
                        }));
  }

  @Test
  void aBookedMeetingsInvitationWithItsCalendarFileGoesOnlyToThoseWhoMaySeeTheChild(
      Scenario scenario) {
    UUID childId = UUID.randomUUID();
    CurrentUser refused = account("refused");
    CurrentUser parent = account("parent");
    given(access.grant(any(), eq(childId))).willReturn(Optional.empty());
    given(access.grant(argThat(user -> user != null && user.id().equals(parent.id())), eq(childId)))
        .willReturn(
            Optional.of(
                new AccessGrant(
                    childId, EnumSet.of(Relationship.PARENT), EnumSet.of(Permission.READ_RECORD))));
    MeetingNotice notice =
        new MeetingNotice(
            UUID.randomUUID(),
            childId,
            "Ada Fresh",
            "Fresh School",
            MeetingKind.SEN_SUPPORT_REVIEW,
            Instant.now().plus(10, ChronoUnit.DAYS),
            60,
            "The library",
            List.of("What is going well"),
            new MeetingSender(UUID.randomUUID(), "Sam Patel", "SENCO"),
            List.of(
                new Recipient(refused.id(), refused.displayName(), refused.email()),
                new Recipient(parent.id(), parent.displayName(), parent.email())),
            List.of(),
            "https://goldenthread.example/meetings/1",
            "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            0);

    scenario
        .publish(new MeetingBooked(notice))
        .andWaitForStateChange(() -> outboxOf(parent.email()))
        .andVerify(
            mail -> {
              assertThat(mail)
                  .singleElement()
                  .satisfies(
                      message -> {
                        assertThat((String) message.get("subject"))
                            .startsWith("Invitation: ")
                            .contains("Ada Fresh", "Fresh School");
                        assertThat((String) message.get("body")).contains("The library");
                        assertThat(attachmentsOf((UUID) message.get("id")))
                            .singleElement()
                            .satisfies(
                                file ->
                                    assertThat((String) file.get("content_type"))
                                        .startsWith("text/calendar"));
                      });
              assertThat(outboxOf(refused.email())).as("the door refused them").isEmpty();
            });
  }

  private CurrentUser account(String who) {
    return accounts.createOrGrant(
        who + "." + UUID.randomUUID() + "@fresh.example",
        "Pat " + who,
        "a-long-enough-passphrase",
        Role.PARENT,
        null);
  }

  private List<Map<String, Object>> outboxOf(String email) {
    return sql.sql("select id, subject, body from outbox_message where recipient = ?")
        .param(email)
        .query()
        .listOfRows();
  }

  private List<Map<String, Object>> attachmentsOf(UUID messageId) {
    return sql.sql("select filename, content_type from outbox_attachment where message_id = ?")
        .param(messageId)
        .query()
        .listOfRows();
  }
}
