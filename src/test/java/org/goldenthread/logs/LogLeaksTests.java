package org.goldenthread.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scan of the test run's logs would really catch a leak: lines planted here are found. */
class LogLeaksTests {

  private static final Path LOG = Path.of("planted.log");
  private final LogLeaks leaks = LogLeaks.secretsAnd(List.of("Sarah Bennett", "E990212100001"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INFO  c.e.Mail : sent a review to Sarah Bennett's parents",
        "WARN  o.h.SqlExceptionHelper : Key (upn)=(E990212100001) already exists.",
        "DEBUG o.s.w.c.RestTemplate : Authorization: Bearer q8Wc3bZ1_kPz-0xNf7Lr5sT2uV9yA4dE6gH",
        "INFO  a.Access : GET /reset-password?token=q8Wc3bZ1_kPz-0xNf7Lr5sT2uV9yA4dE6gH 200",
        "ERROR w.ErrorResponses : Unexpected error answering GET "
            + "/invitations/q8Wc3bZ1_kPz-0xNf7Lr5sT2uV9yA4dE6gHq8Wc3bZ1",
        "DEBUG o.s.w.s.DispatcherServlet : Read \"application/json\" to "
            + "[{\"token\":\"q8Wc3bZ1kPz\"}]",
        "DEBUG o.s.w.s.DispatcherServlet : POST \"/sign-in\", parameters={email=a@b, password=hunter2}",
        "DEBUG x.Client : {\"email\":\"a@b.example\",\"password\":\"thread-demo-2026\"}",
        "{\"@timestamp\":\"2026-12-05T03:00:00Z\",\"message\":\"Leaving Sarah Bennett's record\"}"
      })
  void aPlantedLeakIsFound(String planted) {
    List<LogLeaks.Leak> found = leaks.in(LOG, List.of("INFO  started", planted, "INFO  done"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).line()).isEqualTo(2);
    assertThat(found.get(0).toString()).startsWith("planted.log:2 has ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INFO  o.s.b.t.TomcatWebServer : Tomcat started on port 8080 (http)",
        "INFO  o.g.d.ShippedHolidays : Loaded bank holidays for 2018 to 2027",
        "WARN  o.h.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint",
        "INFO  c.Accounts : The password was changed; other sessions ended",
        "ERROR w.ErrorResponses : Unexpected error answering GET /invitations/{token}",
        "INFO  x.Bench : Benjamin Sarahson read 2 records"
      })
  void anOrdinaryLineIsNot(String line) {
    assertThat(leaks.in(LOG, List.of(line))).isEmpty();
  }
}
