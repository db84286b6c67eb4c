package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goldenthread.GoldenThreadApplication;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded server backed up and restored as README "Backups" says, with Debian's client
 * programs: {@code pg_dump} of the running app's database on the port in {@code postmaster.pid},
 * then, on a new data folder started once without demo data, {@code pg_restore --clean}; the app
 * started again on that folder reads back the plan as it was. Runs in the {@code external-postgres}
 * run of the build, which has Debian's PostgreSQL programs.
 */
class EmbeddedBackupTests {

  @TempDir Path temp;

  @Test
  void aDumpOfTheEmbeddedDatabaseRestoresIntoANewDataFolder() throws Exception {
    Path dump = temp.resolve("goldenthread.dump");
    Path before = temp.resolve("data-before");
    Path after = temp.resolve("data-after");
    String email;
    String plan;
    String planAtBackup;

    try (ConfigurableApplicationContext app = start(before, true)) {
      FreshSchool school = FreshSchool.open(app);
      email = school.senco().email();
      Pupils.Pupil pupil = new Pupils(app, school).pupil("Ola", "Embedded").add();
      ApiClient api = new ApiClient(port(app));
      String token = api.tokenFor(email);
      plan = "/api/v1/children/" + pupil.id() + "/plan";
      ApiClient.Response added =
          api.post(
              plan + "/aspirations", token, "{\"text\":\"To swim a width\",\"voice\":\"CHILD\"}");
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      planAtBackup = api.get(plan, token).body();
      client(
          "pg_dump",
          "--host=localhost",
          "--port=" + port(before),
          "--username=postgres",
          "--format=custom",
          "--file=" + dump,
          "goldenthread");
    }

    try (ConfigurableApplicationContext empty = start(after, false)) {
      client(
          "pg_restore",
          "--host=localhost",
          "--port=" + port(after),
          "--username=postgres",
          "--clean",
          "--if-exists",
          "--no-owner",
          "--single-transaction",
          "--exit-on-error",
          "--dbname=goldenthread",
          dump.toString());
    }

    try (ConfigurableApplicationContext restored = start(after, false)) {
      ApiClient api = new ApiClient(port(restored));
      assertThat(api.get(plan, api.tokenFor(email)).body()).isEqualTo(planAtBackup);
    }
  }

  /** The app on the embedded server in this folder, as `java -jar` starts it. */
  private static ConfigurableApplicationContext start(Path data, boolean demoData) {
    return new SpringApplicationBuilder(GoldenThreadApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=",
            "--goldenthread.database.embedded.directory=" + data.resolve("postgres"),
            "--goldenthread.database.embedded.clean=false",
            "--goldenthread.demo-data=" + demoData);
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  /** The embedded server's port: the fourth line of its postmaster.pid. */
  private static String port(Path data) throws Exception {
    return Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).trim();
  }

  private static void client(String tool, String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(List.of(DebianPostgres.binaries().orElseThrow().resolve(tool).toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
