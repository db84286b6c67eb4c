package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Welsh or Polish parent reads "Who has looked at the record" in their own language, every line
 * of it: what happened is said from its message key, a day the way their language writes it, a
 * person's name as written. The API keeps the English, as api.md shapes it, and a line kept before
 * lines had keys is still shown, in its English.
 */
@IntegrationTest
class ChildAuditLanguagesTests {

  /** 15 March 2027 at ten in the morning in England (GMT). */
  private static final Instant REVIEW = Instant.parse("2027-03-15T10:00:00Z");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired Meetings meetings;
  @Autowired JdbcClient sql;

  @Test
  void theParentReadsEachLineInTheirLanguageAndTheApiKeepsTheEnglish() {
    FreshSchool school = FreshSchool.open(context);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String parent = "Ola Nowak-" + tag;
    Pupils.Pupil pupil =
        new Pupils(context, school)
            .pupil("Zofia", "Nowak-" + tag)
            .withParent("audit.languages." + tag + "@example.org", parent)
            .add();
    meetings.create(
        access.open(school.senco(), pupil.id()),
        new MeetingDetails(
            MeetingKind.SEN_SUPPORT_REVIEW, REVIEW, 60, "Room 4", List.of(), List.of()),
        true);
    sql.sql(
            "insert into child_audit (child_id, occurred_at, actor_name, role, action, what)"
                + " values (?, now() - interval '1 day', 'Old Senco', 'SENCO', 'READ',"
                + " 'Looked at the profile')")
        .params(pupil.id())
        .update();

    PageSession family = new PageSession(port);
    family.signIn(pupil.parentEmail(), ApiClient.DEMO_PASSWORD);
    assertThat(family.get("/children/" + pupil.id()).status()).isEqualTo(200);
    String trail = "/children/" + pupil.id() + "/audit";

    assertThat(whatColumn(family, trail + "?lang=cy"))
        .contains(
            "Drafftiwyd yr adolygiad cymorth AAA ar 15 Mawrth 2027",
            "Ychwanegwyd " + parent + " at y teulu",
            "Edrychodd ar y cofnod",
            "Looked at the profile");
    assertThat(whatColumn(family, trail + "?lang=pl"))
        .contains(
            "Przygotowano wstępnie: przegląd wsparcia SEN, 15 marca 2027",
            "Dodano do rodziny: " + parent,
            "Obejrzano: karta dziecka",
            "Obejrzano: historia karty dziecka",
            "Looked at the profile");

    ApiClient api = new ApiClient(port);
    List<String> english =
        api.get("/api/v1/children/" + pupil.id() + "/audit", api.tokenFor(pupil.parentEmail()))
            .json()
            .get("items")
            .valueStream()
            .map(item -> item.get("what").asString())
            .toList();
    assertThat(english)
        .contains(
            "Drafted the SEN support review on 15 March 2027",
            "Added " + parent + " to the family",
            "Looked at the record",
            "Looked at the record’s history",
            "Looked at the profile");
  }

  /** The "What" column of the trail's first page, as the family reads it. */
  private static List<String> whatColumn(PageSession session, String path) {
    PageSession.Page page = session.get(path);
    assertThat(page.status()).isEqualTo(200);
    return page.document().select("tbody tr td:last-child").eachText();
  }
}
