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

/**
 * How a school counts its days, on a real database: its SENCO changes the answer times and enters
 * terms, and due dates follow them; a teacher reads but does not change; staff of another school,
 * and hostile or clashing values, are refused; two changes from one version give one 200 and one
 * 409.
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
