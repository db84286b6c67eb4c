package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile, .dockerignore and compose.yaml are well formed and name the jar pom.xml builds,
 * the ports 8080 and 8081 and the settings the {@code prod} profile needs (this machine has no
 * container engine to build them with).
 */
class ContainerRecipeTests {

  private static final BuiltJar JAR = BuiltJar.fromPom();
  private static final List<String> LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  record Instruction(String keyword, String arguments) {}

  @Test
  void theDockerfileBuildsThePomsJarOnAJdkAndRunsItsLayersOnAJre() throws IOException {
    List<Instruction> dockerfile = instructions(Files.readString(Path.of("Dockerfile")));
    List<String> from = arguments(dockerfile, "FROM");

    assertThat(from).hasSize(2);
    assertThat(from.get(0)).matches("eclipse-temurin:\\d+-jdk AS build");
    assertThat(from.get(1)).matches("eclipse-temurin:\\d+-jre");
    assertThat(Integer.parseInt(from.get(1).replaceAll("\\D", "")))
        .isGreaterThanOrEqualTo(JAR.javaRelease());
    assertThat(arguments(dockerfile, "RUN"))
        .anyMatch(run -> run.contains("./mvnw") && run.contains(" package"))
        .anyMatch(
            run ->
                run.contains(
                    "java -Djarmode=tools -jar target/"
                        + JAR.fileName()
                        + " extract --layers --launcher --destination extracted"));
    assertThat(arguments(dockerfile, "COPY").stream().filter(c -> c.startsWith("--from=build")))
        .containsExactlyElementsOf(
            LAYERS.stream().map(l -> "--from=build /build/extracted/" + l + "/ ./").toList());
    assertThat(arguments(dockerfile, "ENTRYPOINT"))
        .containsExactly("[\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
  }

  @Test
  void theContainerRunsTheJarAsBenchMeasuresIt() throws IOException {
    List<Instruction> dockerfile = instructions(Files.readString(Path.of("Dockerfile")));
    BenchNode bench = BenchNode.read();

    String env = String.join(" ", arguments(dockerfile, "ENV"));
    assertThat(env).contains("MALLOC_ARENA_MAX=" + bench.mallocArenas());
    Matcher toolOptions = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(env);
    assertThat(toolOptions.find()).isTrue();
    assertThat(List.of(toolOptions.group(1).split(" "))).containsAll(bench.jvmOptions());
  }

  @Test
  void theContainerRunsInProductionAsAUserWithoutPrivilegesAndSaysWhenItIsReady()
      throws IOException {
    List<Instruction> dockerfile = instructions(Files.readString(Path.of("Dockerfile")));

    List<String> users = arguments(dockerfile, "USER");
    assertThat(users).hasSize(1);
    assertThat(users.get(0)).isNotIn("root", "0").isNotBlank();
    assertThat(keywords(dockerfile).indexOf("USER"))
        .isGreaterThan(keywords(dockerfile).lastIndexOf("FROM"))
        .isLessThan(keywords(dockerfile).indexOf("ENTRYPOINT"));
    assertThat(String.join(" ", arguments(dockerfile, "ENV")))
        .contains("SPRING_PROFILES_ACTIVE=prod", "MANAGEMENT_SERVER_PORT=8081");
    assertThat(arguments(dockerfile, "EXPOSE")).containsExactly("8080 8081");
    assertThat(arguments(dockerfile, "HEALTHCHECK"))
        .singleElement()
        .asString()
        .contains("CMD curl -fsS http://localhost:8081/actuator/health/readiness");
  }

  @Test
  void theBuildContextLeavesOutWhatTheBuildDoesNotNeed() throws IOException {
    List<String> ignored =
        Files.readAllLines(Path.of(".dockerignore")).stream()
            .map(String::trim)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();

    assertThat(ignored).contains("target", "data", ".git", "node_modules");
    assertThat(ignored).doesNotContain("src", "pom.xml", "mvnw", ".mvn");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTheAppOnPostgresqlWithAMailCatcherAndEveryProductionSetting() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");

    assertThat(services).containsOnlyKeys("database", "mail", "app");
    String postgres = (String) services.get("database").get("image");
    assertThat(postgres).startsWith("postgres:");
    assertThat(Integer.parseInt(postgres.substring("postgres:".length())))
        .isGreaterThanOrEqualTo(15);
    assertThat((List<String>) services.get("database").get("volumes"))
        .contains("database:/var/lib/postgresql/data");
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("database");
    assertThat((String) services.get("mail").get("image")).startsWith("axllent/mailpit");

    Map<String, Object> app = services.get("app");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat((List<String>) app.get("ports"))
        .containsExactly("127.0.0.1:8080:8080", "127.0.0.1:8081:8081");
    Map<String, String> environment = (Map<String, String>) app.get("environment");
    assertThat(environment)
        .containsEntry("SPRING_PROFILES_ACTIVE", "prod")
        .containsEntry("MANAGEMENT_SERVER_PORT", "8081")
        .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://database:5432/goldenthread")
        .containsEntry("SPRING_MAIL_HOST", "mail");
    assertThat(environment.get("GT_TOKEN_SECRET")).as("a secret has no default").contains(":?");

    Map<String, String> given =
        Map.of("GT_TOKEN_SECRET", "x".repeat(48), "GT_DATABASE_PASSWORD", "local");
    assertThatCode(
            () -> ProductionReadiness.check(productionWith(interpolated(environment, given))))
        .doesNotThrowAnyException();
  }

  /** Compose's {@code ${NAME:-default}} and {@code ${NAME:?error}}, with the given values. */
  static Map<String, Object> interpolated(
      Map<String, String> environment, Map<String, String> given) {
    Pattern variable = Pattern.compile("\\$\\{(\\w+)(?::([-?])([^}]*))?}");
    Map<String, Object> values = new java.util.HashMap<>();
    environment.forEach(
        (name, value) -> {
          Matcher matcher = variable.matcher(value);
          values.put(
              name,
              matcher.replaceAll(
                  m ->
                      Matcher.quoteReplacement(
                          given.getOrDefault(
                              m.group(1), "-".equals(m.group(2)) ? m.group(3) : ""))));
        });
    return values;
  }

  /** The app's settings under the {@code prod} profile with these environment variables. */
  static StandardEnvironment productionWith(Map<String, Object> variables) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(properties("application.properties"));
    environment.getPropertySources().addFirst(properties("application-prod.properties"));
    environment
        .getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("variables", variables));
    return environment;
  }

  private static ResourcePropertySource properties(String file) throws IOException {
    return new ResourcePropertySource(new ClassPathResource(file));
  }

  /** A Dockerfile's instructions: comments dropped, continued lines joined. */
  static List<Instruction> instructions(String dockerfile) {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String[] parts = current.toString().split("\\s+", 2);
      assertThat(parts[0]).as("instruction keyword").matches("[A-Z]+");
      instructions.add(new Instruction(parts[0], parts.length > 1 ? parts[1].trim() : ""));
      current.setLength(0);
    }
    assertThat(current).as("a continued line at the end").isEmpty();
    return instructions;
  }

  private static List<String> arguments(List<Instruction> instructions, String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(i -> i.arguments().replaceAll("\\s+", " "))
        .toList();
  }

  private static List<String> keywords(List<Instruction> instructions) {
    return instructions.stream().map(Instruction::keyword).toList();
  }
}
