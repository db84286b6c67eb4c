package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a school counts its days, on a real database: its SENCO changes the answer times and enters
 * terms, and due dates follow them, and sets the age from which pupils may be invited to an account
 * of their own, which the audit log records; a teacher reads but does not change; staff of another
 * school, and hostile or clashing values, are refused; two changes from one version give one 200
 * and one 409.
 */
@IntegrationTest
class SchoolDaysTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SchoolDays days;

  ApiClient api;
  FreshSchool school;
  String path;
  String senco;

  @BeforeEach
  void freshSchool() {
    api = new ApiClient(port);
    school = FreshSchool.open(context);
    path = "/api/v1/schools/" + school.id() + "/days";
    senco = api.tokenFor(school.senco().email());
  }

  @Test
  void aSchoolStartsWithFifteenSchoolDaysAndSixWeeksAndNoTerms() {
    var answer = api.get(path, senco);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("requestAnswerDays").asInt()).isEqualTo(15);
    assertThat(answer.json().get("evidenceResponseDays").asInt()).isEqualTo(15);
    assertThat(answer.json().get("contactLapseWeeks").asInt()).isEqualTo(6);
    assertThat(answer.json().get("childAccountMinAge").asInt()).isEqualTo(10);
    assertThat(answer.json().get("terms")).isEmpty();
    // Thursday 17 December 2026: 15 working days, with Christmas and the 28th off, is 12 January.
    assertThat(days.requestAnswerDue(school.id(), LocalDate.of(2026, 12, 17)))
        .isEqualTo(LocalDate.of(2027, 1, 12));
  }

  @Test
  void termsEnteredLeaveTheHolidaysOutOfTheDueDate() {
    long version = api.get(path, senco).json().get("version").asLong();

    var changed =
        api.send(
            "PUT",
            path,
            senco,
            """
            {"requestAnswerDays": 10, "version": %d,
             "terms": [{"startsOn": "2026-09-02", "endsOn": "2026-12-18"},
                       {"startsOn": "2027-01-05", "endsOn": "2027-03-26"}]}
            """
                .formatted(version));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("requestAnswerDays").asInt()).isEqualTo(10);
    assertThat(changed.json().get("evidenceResponseDays").asInt()).isEqualTo(15);
    assertThat(changed.json().get("terms")).hasSize(2);
    // Thursday 17 December: the 18th, then 5 to 8 and 11 to 15 January are the ten school days.
    assertThat(days.requestAnswerDue(school.id(), LocalDate.of(2026, 12, 17)))
        .isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void aTeacherReadsButDoesNotChangeAndAnotherSchoolSeesNothing() {
    String teacher =
        api.tokenFor(
            context
                .getBean(Accounts.class)
                .createOrGrant(
                    "teacher." + school.id() + "@fresh.example",
                    "Tess Teacher",
                    ApiClient.DEMO_PASSWORD,
                    Role.TEACHER,
                    school.id())
                .email());
    String otherSenco = api.tokenFor(FreshSchool.open(context).senco().email());
    long version = api.get(path, teacher).json().get("version").asLong();

    assertThat(
            api.send(
                    "PUT",
                    path,
                    teacher,
                    "{\"requestAnswerDays\": 5, \"version\": " + version + "}")
                .status())
        .isEqualTo(403);
    assertThat(api.get(path, otherSenco).status()).isEqualTo(404);
    assertThat(
            api.send(
                    "PUT",
                    path,
                    otherSenco,
                    "{\"requestAnswerDays\": 5, \"version\": " + version + "}")
                .status())
        .isEqualTo(404);
    assertThat(days.settings(school.id()).requestAnswerDays()).isEqualTo(15);
  }

  @Test
  void valuesOutOfRangeAndClashingTermsAreRefusedByTheirField() {
    long version = api.get(path, senco).json().get("version").asLong();

    var tooMany =
        api.send(
            "PUT",
            path,
            senco,
            "{\"requestAnswerDays\": 0, \"contactLapseWeeks\": 99, \"version\": " + version + "}");
    var overlap =
        api.send(
            "PUT",
            path,
            senco,
            """
            {"version": %d, "terms": [{"startsOn": "2026-09-02", "endsOn": "2026-12-18"},
                                      {"startsOn": "2026-12-01", "endsOn": "2027-03-26"}]}
            """
                .formatted(version));
    var nul =
        api.send(
            "PUT",
            path,
            senco,
            "{\"requestAnswerDays\": \"1\\u00002\", \"version\": " + version + "}");

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("requestAnswerDays").contains("contactLapseWeeks");
    assertThat(overlap.status()).isEqualTo(400);
    assertThat(overlap.body()).contains("\"terms\"");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("requestAnswerDays");
    assertThat(api.get(path, senco).json().get("version").asLong()).isEqualTo(version);
  }

  @Test
  void theAgeForPupilsOwnAccountsIsChangedAloneAndTheAuditLogSaysFromWhatToWhat() {
    long version = api.get(path, senco).json().get("version").asLong();

    var changed =
        api.send("PUT", path, senco, "{\"childAccountMinAge\": 12, \"version\": " + version + "}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("childAccountMinAge").asInt()).isEqualTo(12);
    assertThat(changed.json().get("requestAnswerDays").asInt()).isEqualTo(15);
    assertThat(changed.json().get("contactLapseWeeks").asInt()).isEqualTo(6);
    assertThat(changed.json().get("version").asLong()).isEqualTo(version + 1);
    assertThat(api.get(path, senco).json().get("childAccountMinAge").asInt()).isEqualTo(12);
    assertThat(context.getBean(ChildAccountAges.class).minimumAge(school.id())).isEqualTo(12);
    assertThat(
            context
                .getBean(JdbcClient.class)
                .sql("select actor_id, what from audit_event where what like ?")
                .param("Changed the settings of school " + school.name() + "%")
                .query()
                .listOfRows())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("actor_id")).isEqualTo(school.senco().id());
              assertThat(line.get("what"))
                  .isEqualTo(
                      "Changed the settings of school "
                          + school.name()
                          + ": age from which a pupil may be invited to an account of their own"
                          + " from 10 to 12");
            });
  }

  @Test
  void anAgeOutOfRangeOrNotAWholeNumberIsRefusedByItsFieldAndNothingChanges() {
    long version = api.get(path, senco).json().get("version").asLong();

    for (String age :
        List.of(
            "4",
            "19",
            "-10",
            "12.5",
            "99999999999",
            "1e40",
            "\"twelve\"",
            "\"1\\u00002\"",
            "\"" + "9".repeat(100_000) + "\"",
            "[12]")) {
      var refused =
          api.send(
              "PUT",
              path,
              senco,
              "{\"childAccountMinAge\": " + age + ", \"version\": " + version + "}");
      assertThat(refused.status())
          .as(age.substring(0, Math.min(age.length(), 20)) + ": " + refused.body())
          .isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("field").asString())
          .isEqualTo("childAccountMinAge");
    }
    assertThat(api.get(path, senco).json().get("version").asLong()).isEqualTo(version);
    assertThat(api.get(path, senco).json().get("childAccountMinAge").asInt()).isEqualTo(10);
  }

  @Test
  void onlyWhoeverMayChangeTheSchoolsSettingsChangesTheAge() {
    String teacher =
        api.tokenFor(
            context
                .getBean(Accounts.class)
                .createOrGrant(
                    "age.teacher." + school.id() + "@fresh.example",
                    "Tom Teacher",
                    ApiClient.DEMO_PASSWORD,
                    Role.TEACHER,
                    school.id())
                .email());
    String head =
        api.tokenFor(
            context
                .getBean(Accounts.class)
                .createOrGrant(
                    "age.head." + school.id() + "@fresh.example",
                    "Hana Head",
                    ApiClient.DEMO_PASSWORD,
                    Role.HEAD,
                    school.id())
                .email());
    String otherSenco = api.tokenFor(FreshSchool.open(context).senco().email());
    long version = api.get(path, teacher).json().get("version").asLong();
    String twelve = "{\"childAccountMinAge\": 12, \"version\": " + version + "}";

    assertThat(api.get(path, teacher).json().get("childAccountMinAge").asInt()).isEqualTo(10);
    assertThat(api.send("PUT", path, teacher, twelve).status()).isEqualTo(403);
    assertThat(api.send("PUT", path, otherSenco, twelve).status()).isEqualTo(404);
    assertThat(api.send("PUT", path, null, twelve).status()).isEqualTo(401);
    assertThat(context.getBean(ChildAccountAges.class).minimumAge(school.id())).isEqualTo(10);
    assertThat(api.send("PUT", path, head, twelve).status()).isEqualTo(200);
    assertThat(context.getBean(ChildAccountAges.class).minimumAge(school.id())).isEqualTo(12);
  }

  @Test
  void twoChangesOfTheAgeFromOneVersionGiveOneSuccessAndOneConflict() {
    long version = api.get(path, senco).json().get("version").asLong();
    Callable<Integer> eleven =
        () ->
            api.send(
                    "PUT",
                    path,
                    senco,
                    "{\"childAccountMinAge\": 11, \"version\": " + version + "}")
                .status();
    Callable<Integer> fourteen =
        () ->
            api.send(
                    "PUT",
                    path,
                    senco,
                    "{\"childAccountMinAge\": 14, \"version\": " + version + "}")
                .status();

    List<Integer> statuses = AtOnce.run(eleven, fourteen);

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(days.settings(school.id()).childAccountMinAge()).isIn(11, 14);
  }

  @Test
  void twoChangesFromOneVersionGiveOneSuccessAndOneConflict() {
    long version = api.get(path, senco).json().get("version").asLong();
    Callable<Integer> five =
        () ->
            api.send("PUT", path, senco, "{\"requestAnswerDays\": 5, \"version\": " + version + "}")
                .status();
    Callable<Integer> twenty =
        () ->
            api.send(
                    "PUT", path, senco, "{\"requestAnswerDays\": 20, \"version\": " + version + "}")
                .status();

    List<Integer> statuses = AtOnce.run(five, twenty);

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(days.settings(school.id()).requestAnswerDays()).isIn(5, 20);
  }
}
