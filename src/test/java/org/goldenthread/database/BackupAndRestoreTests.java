package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.goldenthread.GoldenThreadApplication;
import org.goldenthread.IntegrationTest;
import org.goldenthread.document.Uploads;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.TinyPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backup and restore of README "Backups", done as an operator would, with Debian's {@code
 * pg_dump} and {@code pg_restore} and {@code tar}: a child's plan and a document written through
 * the API are dumped with the documents directory, restored into a new database and directory, and
 * a second app started on the copy reads back the same plan and the same bytes; what was written
 * after the backup is not in it. Runs in the {@code external-postgres} run of the build, on
 * Debian's PostgreSQL server.
 */
@IntegrationTest
class BackupAndRestoreTests {

  @TempDir static Path documents;
  @TempDir Path backups;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @DynamicPropertySource
  static void documentsInADirectory(DynamicPropertyRegistry properties) {
    properties.add("goldenthread.documents.directory", () -> documents.toString());
  }

  @Test
  void aRestoredCopyReadsBackThePlanAndTheDocumentsAsTheyWereBackedUp() throws Exception {
    DebianPostgres server = DebianPostgresSession.current().orElseThrow();
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = new Pupils(context, school).pupil("Nia", "Backup").add();
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(school.senco().email());
    String plan = "/api/v1/children/" + pupil.id() + "/plan";
    aspiration(api, senco, plan, "To read a bedtime story to her brother");
    byte[] report = TinyPdf.of("Speech and language report");
    ApiClient.Response uploaded =
        new Uploads(port)
            .post(
                "/api/v1/children/" + pupil.id() + "/documents",
                senco,
                Map.of("title", "Speech and language report", "kind", "ASSESSMENT_REPORT"),
                "report.pdf",
                report);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String document = uploaded.json().get("id").asString();
    String planAtBackup = api.get(plan, senco).body();

    Path dump = backups.resolve("goldenthread.dump");
    Path files = backups.resolve("documents.tar.gz");
    server.run("pg_dump", "--format=custom", "--file=" + dump, "goldenthread");
    tar("-czf", files.toString(), "-C", documents.toString(), ".");
    aspiration(api, senco, plan, "Written after the backup");

    server.createDatabase("restored");
    server.run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=restored", dump.toString());
    Path restoredDocuments = Files.createDirectories(backups.resolve("restored-documents"));
    tar("-xzf", files.toString(), "-C", restoredDocuments.toString());

    try (ConfigurableApplicationContext copy = startOn(server, restoredDocuments)) {
      ApiClient restored =
          new ApiClient(((WebServerApplicationContext) copy).getWebServer().getPort());
      String token = restored.tokenFor(school.senco().email());
      assertThat(restored.get(plan, token).body()).isEqualTo(planAtBackup);
      assertThat(restored.get(plan, token).body()).doesNotContain("Written after the backup");
      assertThat(restored.download("/api/v1/documents/" + document, token).body())
          .isEqualTo(report);
    }
  }

  private static void aspiration(ApiClient api, String token, String plan, String text) {
    ApiClient.Response added =
        api.post(plan + "/aspirations", token, "{\"text\":\"" + text + "\",\"voice\":\"CHILD\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }

  private static ConfigurableApplicationContext startOn(DebianPostgres server, Path documents) {
    return new SpringApplicationBuilder(GoldenThreadApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + server.jdbcUrl("restored"),
            "--spring.datasource.username=" + DebianPostgres.USERNAME,
            "--spring.datasource.password=" + server.password(),
            "--goldenthread.documents.directory=" + documents);
  }

  private static void tar(String... arguments) throws Exception {
    ProcessBuilder tar = new ProcessBuilder("tar").redirectErrorStream(true);
    tar.command().addAll(List.of(arguments));
    Process process = tar.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }
}
