package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.goldenthread.web.EnglishMessages;
import org.junit.jupiter.api.Test;

/**
 * Every line of a child's audit trail can be said: each message key the code gives what happened
 * ({@code "audit.what.concern.raised"}, a part read such as {@code "audit.part.concern"}) is in
 * messages.properties, and so is each key made from an enum ({@code "audit.meeting." +
 * kind.name()}) for every value of it. The parts read from a path are checked by {@code
 * child.ReadPartKeysTests}; the other languages have every key English has (TranslationsTests).
 */
class AuditKeysTests {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern AUDIT_KEY = Pattern.compile("\"(audit\\.[A-Za-z0-9.-]+)\"");

  /** The parts read from a path ("audit.part." + its segment), checked against the routes. */
  private static final Set<String> PATH_PARTS = Set.of("audit.part.", "audit.part.meeting.");

  /** Each prefix that an enum's names complete, with the enum. */
  private static final Map<String, String> ENUM_KEYS =
      Map.ofEntries(
          Map.entry("audit.meeting.", "meeting.MeetingKind"),
          Map.entry("audit.request.kind.", "request.RequestKind"),
          Map.entry("audit.request.to.", "request.RequestTo"),
          Map.entry("audit.request.decision.", "request.RequestDecision"),
          Map.entry("audit.concern.decision.", "concern.ConcernDecision"),
          Map.entry("audit.assessment.step.", "statutory.MilestoneKind"),
          Map.entry("audit.disagreement.about.", "disagreement.DisagreementAbout"),
          Map.entry("audit.disagreement.stage.", "disagreement.StageKind"),
          Map.entry("audit.action.status.", "action.ActionStatus"),
          Map.entry("audit.because.", "child.ChildAccessEnded$Reason"),
          Map.entry("audit.plan.item.", "plan.PlanItemKind"),
          Map.entry("audit.review.decision.", "review.ReviewDecision"),
          Map.entry("child.profile.section.", "child.ProfileSectionKind"),
          Map.entry("meeting.preparation.kind.", "meeting.ContributionKind"),
          Map.entry("document.kind.", "document.DocumentKind"),
          Map.entry("statutory.review.step.choice.", "statutory.ReviewStepKind"));

  @Test
  void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
    Properties messages = EnglishMessages.load();
    Set<String> missing = new TreeSet<>();
    for (String key : keysInTheCode()) {
      if (!key.endsWith(".") && !messages.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("audit keys missing from messages.properties").isEmpty();
  }

  @Test
  void everyPrefixTheCodeCompletesIsKnownHere() throws IOException {
    Set<String> prefixes = new TreeSet<>();
    for (String key : keysInTheCode()) {
      if (key.endsWith(".") && !PATH_PARTS.contains(key)) {
        prefixes.add(key);
      }
    }
    assertThat(ENUM_KEYS.keySet()).as("prefixes completed by enum names").containsAll(prefixes);
  }

  @Test
  void everyValueOfAnEnumThatMakesAKeyHasItsWords() throws Exception {
    Properties messages = EnglishMessages.load();
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<String, String> made : ENUM_KEYS.entrySet()) {
      Class<?> type = Class.forName("org.goldenthread." + made.getValue());
      for (Object value : type.getEnumConstants()) {
        String key = made.getKey() + ((Enum<?>) value).name();
        if (!messages.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).as("keys made from enums missing from messages.properties").isEmpty();
  }

  private static Set<String> keysInTheCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher key = AUDIT_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (key.find()) {
          keys.add(key.group(1));
        }
      }
    }
    return keys;
  }
}
