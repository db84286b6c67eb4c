package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 17, part 4: the age from which a child may be invited to an account of their own is the one
 * their school has set, as soon as it is set. A school of its own (not the demo data): its SENCO
 * raises the age to 12 through the API and an 11-year-old is refused, naming the date of birth, and
 * the child's account page gives the new age; set back to 10 on the school's settings page, the
 * same child may be invited.
 */
@IntegrationTest
class ChildAccountMinimumAgeTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;

  ApiClient api;
  FreshSchool school;
  String senco;
  String settings;

  @BeforeEach
  void freshSchool() {
    api = new ApiClient(port);
    school = FreshSchool.open(context);
    senco = api.tokenFor(school.senco().email());
    settings = "/api/v1/schools/" + school.id() + "/days";
  }

  @Test
  void theAgeTheSchoolSetsIsTheOneThatCounts() {
    Pupils.Pupil eleven =
        new Pupils(context, school)
            .pupil("Robin", "Eleven")
            .bornOn(LocalDate.now(clock).minusYears(11).minusDays(3))
            .add();
    String account = "/api/v1/children/" + eleven.id() + "/account";
    String tag = school.id().toString().substring(0, 8);
    long version = api.get(settings, senco).json().get("version").asLong();

    ApiClient.Response twelve =
        api.send(
            "PUT", settings, senco, "{\"childAccountMinAge\": 12, \"version\": " + version + "}");
    assertThat(twelve.status()).as(twelve.body()).isEqualTo(200);

    ApiClient.Response refused =
        api.post(account, senco, "{\"email\": \"robin.a." + tag + "@example.org\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("dateOfBirth");
    ApiClient.Response status = api.get(account, senco);
    assertThat(status.json().get("minimumAge").asInt()).isEqualTo(12);

    PageSession pages = new PageSession(port);
    pages.signIn(school.senco().email(), ApiClient.DEMO_PASSWORD);
    assertThat(pages.get("/children/" + eleven.id() + "/account").document().select("main").text())
        .contains("can have an account of their own from the age of 12.");

    PageSession.Page form = pages.get("/schools/" + school.id() + "/days");
    assertThat(form.document().select("input#childAccountMinAge").val()).isEqualTo("12");
    PageSession.Page saved =
        pages.submit(
            form,
            "form[action$=/days]",
            Map.of(
                "requestAnswerDays", "15",
                "evidenceResponseDays", "15",
                "contactLapseWeeks", "6",
                "childAccountMinAge", "10"));
    assertThat(saved.status()).as(saved.document().select("main").text()).isEqualTo(302);
    assertThat(pages.get(saved.location()).document().select("input#childAccountMinAge").val())
        .isEqualTo("10");

    ApiClient.Response invited =
        api.post(account, senco, "{\"email\": \"robin.b." + tag + "@example.org\"}");
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(api.get(account, senco).json().get("minimumAge").asInt()).isEqualTo(10);
  }
}
