package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The systemd unit example is a well-formed unit (sections of {@code Key=Value} lines) that runs
 * the jar as its own user in production, restarts it on failure and walls it in; its settings file
 * example holds everything the {@code prod} profile needs (this machine has no systemd to load it).
 */
class SystemdUnitTests {

  private static final Path UNIT = Path.of("deploy/golden-thread.service");
  private static final Path SETTINGS = Path.of("deploy/golden-thread.env.example");

  @Test
  void theUnitHasItsThreeSectionsOfSettings() throws IOException {
    assertThat(sections(UNIT)).containsOnlyKeys("Unit", "Service", "Install");
    assertThat(sections(UNIT).get("Install"))
        .containsEntry("WantedBy", List.of("multi-user.target"));
  }

  @Test
  void theServiceRunsTheJarInProductionAsItsOwnUser() throws IOException {
    Map<String, List<String>> service = sections(UNIT).get("Service");

    assertThat(service.get("User")).singleElement().isNotIn("root", "0");
    assertThat(service).containsEntry("EnvironmentFile", List.of("/etc/golden-thread/env"));
    assertThat(service.get("Environment"))
        .contains("SPRING_PROFILES_ACTIVE=prod", "MANAGEMENT_SERVER_PORT=8081");
    assertThat(service.get("ExecStart"))
        .singleElement()
        .asString()
        .startsWith("/usr/bin/java ")
        .endsWith(" -jar /opt/golden-thread/golden-thread.jar");
    assertThat(service).containsEntry("Restart", List.of("on-failure"));
  }

  @Test
  void theServiceRunsTheJarAsBenchMeasuresIt() throws IOException {
    Map<String, List<String>> service = sections(UNIT).get("Service");
    BenchNode bench = BenchNode.read();

    assertThat(service.get("Environment")).contains("MALLOC_ARENA_MAX=" + bench.mallocArenas());
    assertThat(List.of(service.get("ExecStart").get(0).split(" "))).containsAll(bench.jvmOptions());
  }

  @Test
  void theServiceIsWalledIn() throws IOException {
    Map<String, List<String>> service = sections(UNIT).get("Service");

    assertThat(service)
        .containsEntry("NoNewPrivileges", List.of("true"))
        .containsEntry("ProtectSystem", List.of("strict"))
        .containsEntry("ProtectHome", List.of("true"))
        .containsEntry("PrivateTmp", List.of("true"))
        .containsEntry("StateDirectory", List.of("golden-thread"))
        .containsEntry("ReadWritePaths", List.of("/var/lib/golden-thread"))
        .containsEntry("WorkingDirectory", List.of("/var/lib/golden-thread"))
        .containsEntry("CapabilityBoundingSet", List.of(""))
        .doesNotContainKey("MemoryDenyWriteExecute"); // the JVM's compiler writes code it runs
  }

  @Test
  void theSettingsExampleHasWhatProductionNeedsOnceTheSecretIsFilledIn() throws IOException {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SETTINGS)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(line).as("a NAME=value line").matches("[A-Z_]+=.*");
        settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    assertThat(settings.get("GT_TOKEN_SECRET")).as("no secret in an example").isEqualTo("");

    settings.put("GT_TOKEN_SECRET", "x".repeat(48));
    assertThatCode(() -> ProductionReadiness.check(ContainerRecipeTests.productionWith(settings)))
        .doesNotThrowAnyException();
  }

  /** The unit's sections, each key with its values in order (a key may be given more than once). */
  private static Map<String, Map<String, List<String>>> sections(Path unit) throws IOException {
    Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    Map<String, List<String>> current = null;
    for (String line : Files.readAllLines(unit)) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (trimmed.matches("\\[[A-Za-z]+]")) {
        current = new LinkedHashMap<>();
        assertThat(sections.put(trimmed.substring(1, trimmed.length() - 1), current)).isNull();
        continue;
      }
      assertThat(current).as("a setting before any section: " + line).isNotNull();
      assertThat(trimmed).as("a Key=Value line").matches("[A-Za-z]+=.*");
      String key = trimmed.substring(0, trimmed.indexOf('='));
      current.computeIfAbsent(key, k -> new ArrayList<>()).add(trimmed.substring(key.length() + 1));
    }
    return sections;
  }
}
