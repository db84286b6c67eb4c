package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, rule 2: once the family withdraws consent for an outside professional, the professional
 * leaves the team, or a limit is recorded on a parent's information, no mail about the child
 * reaches them (GreenMail, a real SMTP server, sees none), while everyone else still gets theirs:
 * the update of a meeting, its cancellation, the summary after another is closed, and the
 * invitation to the follow-up.
 */
@IntegrationTest
@WithMailServer
class MailAfterAccessEndsTests {

  private static final Mailbox MAIL = MailServer.mailbox();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;
  MeetingCalls calls;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
    calls = new MeetingCalls(api, senco);
  }

  @Test
  void aProfessionalWhoseConsentIsWithdrawnGetsNoMoreMailAboutTheChild() {
    noMailAfter(
        this::professionalWithConsent,
        (child, ep) -> {
          ApiClient.Response withdrawn =
              api.post(
                  "/api/v1/children/" + child.id() + "/consents",
                  api.tokenFor(child.parentEmail()),
                  "{\"memberId\":\""
                      + ep.memberId()
                      + "\",\"status\":\"WITHDRAWN\",\"method\":\"IN_APP\"}");
          assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        });
  }

  @Test
  void aProfessionalRemovedFromTheTeamGetsNoMoreMailAboutTheChild() {
    noMailAfter(
        this::professionalWithConsent,
        (child, ep) -> {
          ApiClient.Response removed =
              api.send(
                  "DELETE",
                  "/api/v1/children/" + child.id() + "/team/" + ep.memberId(),
                  senco,
                  null);
          assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        });
  }

  @Test
  void aParentWhoseInformationIsLimitedGetsNoMoreMailAboutTheChild() {
    noMailAfter(
        fixtures::secondParent,
        (child, father) -> {
          JsonNode entry =
              api.get("/api/v1/children/" + child.id() + "/family", senco)
                  .json()
                  .get("members")
                  .get("items")
                  .valueStream()
                  .filter(m -> m.get("id").asString().equals(father.memberId().toString()))
                  .findFirst()
                  .orElseThrow();
          ApiClient.Response limited =
              api.send(
                  "PUT",
                  "/api/v1/children/" + child.id() + "/family/" + father.memberId(),
                  senco,
                  "{\"name\":\""
                      + father.name()
                      + "\",\"email\":\""
                      + father.email()
                      + "\",\"relationship\":\"FATHER\",\"parentalResponsibility\":true,"
                      + "\"informationLimited\":true,"
                      + "\"limitationNote\":\"Court order of 3 March: no information.\","
                      + "\"version\":"
                      + entry.get("version")
                      + "}");
          assertThat(limited.status()).as(limited.body()).isEqualTo(200);
        });
  }

  private MeetingFixtures.Person professionalWithConsent(MeetingFixtures.Fresh child) {
    MeetingFixtures.Person ep = fixtures.professional(child);
    ApiClient.Response consent =
        api.post(
            "/api/v1/children/" + child.id() + "/consents",
            senco,
            "{\"memberId\":\""
                + ep.memberId()
                + "\",\"status\":\"GIVEN\",\"method\":\"WRITTEN\",\"givenBy\":\"Sam, the mother\"}");
    assertThat(consent.status()).as(consent.body()).isEqualTo(201);
    return ep;
  }

  /**
   * Someone around the child gets the invitation to a meeting while they may see the child; then
   * their access ends, and after that, whatever happens to the child's meetings, they get nothing.
   */
  private void noMailAfter(
      Function<MeetingFixtures.Fresh, MeetingFixtures.Person> aroundTheChild,
      BiConsumer<MeetingFixtures.Fresh, MeetingFixtures.Person> endAccess) {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person person = aroundTheChild.apply(child);
    String family = childFamilyName(child);

    JsonNode coming = calls.arrange(child.id(), inDays(14), false, person.id(), child.teacherId());
    JsonNode held = calls.arrange(child.id(), inDays(-1), false, person.id(), child.teacherId());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> about(family, MAIL.to(person.email())).size() == 1);
    assertThat(subjects(about(family, MAIL.to(person.email()))))
        .as("while they may see the child, they are invited like everyone else")
        .singleElement()
        .asString()
        .startsWith("Invitation:");

    endAccess.accept(child, person);
    EventPublications.awaitHandled(jdbc, child.id().toString());

    assertThat(
            calls
                .put(id(coming), "\"location\":\"The library\"", calls.version(id(coming)))
                .status())
        .isEqualTo(200);
    assertThat(
            calls.put(id(coming), "\"status\":\"CANCELLED\"", calls.version(id(coming))).status())
        .isEqualTo(200);
    ApiClient.Response closed =
        calls.close(
            id(held),
            "\"minutes\":\"We agreed the next steps.\",\"followUpOn\":\""
                + LocalDate.now().plusWeeks(8)
                + "\"");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    String followUp = closed.json().get("followUpMeetingId").asString();
    assertThat(MeetingCalls.invitees(calls.get(followUp)))
        .as("the follow-up is not arranged with someone who may no longer see the child")
        .doesNotContain(person.id().toString())
        .contains(child.parentId().toString(), child.teacherId().toString());
    assertThat(calls.put(followUp, "\"status\":\"BOOKED\"", calls.version(followUp)).status())
        .isEqualTo(200);
    EventPublications.awaitHandled(jdbc, child.id().toString());

    for (String someone : List.of(child.parentEmail(), MeetingFixtures.TEACHER)) {
      assertThat(kinds(about(family, MAIL.to(someone))))
          .as("everyone else still hears about the meetings: " + someone)
          .containsExactlyInAnyOrder(
              "Invitation:", "Changed:", "Cancelled:", "What happens next:", "Invitation:");
    }
    assertThat(subjects(about(family, MAIL.to(person.email()))))
        .as(
            "nothing after access ended: no update, no uninvited notice, no cancellation,"
                + " no summary, no follow-up invitation")
        .hasSize(1);
  }

  private String childFamilyName(MeetingFixtures.Fresh child) {
    return api.get("/api/v1/children/" + child.id(), senco).json().get("familyName").asString();
  }

  private static List<MimeMessage> about(String familyName, List<MimeMessage> mails) {
    return mails.stream().filter(m -> Mailbox.subject(m).contains(familyName)).toList();
  }

  /** What each mail is, from the start of its subject: "Invitation:", "Changed:"... */
  private static List<String> kinds(List<MimeMessage> mails) {
    return subjects(mails).stream().map(s -> s.substring(0, s.indexOf(':') + 1)).toList();
  }

  private static List<String> subjects(List<MimeMessage> mails) {
    return mails.stream().map(Mailbox::subject).toList();
  }
}
