package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ProvisionView;
import org.goldenthread.statutory.SpecificProvision.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section F's rule: support says who gives it, what it is, how often and for how long. */
class SpecificProvisionTests {

  @Test
  void supportThatSaysEverythingIsSpecific() {
    assertThat(
            SpecificProvision.missing(
                provision(
                    "Social skills group",
                    DelivererRole.THERAPIST,
                    "Fiona Walsh, speech and language therapist",
                    2,
                    45)))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = DelivererRole.class,
      names = {"TEACHER", "TEACHING_ASSISTANT"})
  void aTeacherOrTeachingAssistantSaysWhoWithoutAName(DelivererRole role) {
    assertThat(SpecificProvision.missing(provision("Reading catch-up", role, null, 3, 20)))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = DelivererRole.class,
      names = {"THERAPIST", "OTHER"})
  void aTherapistOrSomeoneElseWithNoNameDoesNotSayWho(DelivererRole role) {
    assertThat(SpecificProvision.missing(provision("Therapy sessions", role, " ", 1, 30)))
        .containsExactly(Part.WHO);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void noDescriptionDoesNotSayWhat(String description) {
    assertThat(
            SpecificProvision.missing(
                provision(description, DelivererRole.TEACHER, "Mr Patel", 1, 30)))
        .containsExactly(Part.WHAT);
  }

  @Test
  void noSessionsAWeekDoesNotSayHowOften() {
    assertThat(
            SpecificProvision.missing(
                provision("Mentor session", DelivererRole.TEACHER, "Mr Patel", 0, 30)))
        .containsExactly(Part.HOW_OFTEN);
  }

  @Test
  void noMinutesASessionDoesNotSayHowLong() {
    assertThat(
            SpecificProvision.missing(
                provision("Mentor session", DelivererRole.TEACHER, "Mr Patel", 1, 0)))
        .containsExactly(Part.HOW_LONG);
  }

  @Test
  void everyMissingPartIsNamedInOrder() {
    assertThat(SpecificProvision.missing(provision(null, null, null, 0, 0)))
        .containsExactly(Part.WHO, Part.WHAT, Part.HOW_OFTEN, Part.HOW_LONG);
  }

  static ProvisionView provision(
      String description, DelivererRole role, String by, int sessions, int minutes) {
    return new ProvisionView(
        UUID.randomUUID(),
        description,
        by,
        role,
        sessions,
        minutes,
        1,
        LocalDate.of(2026, 9, 1),
        null,
        sessions * minutes,
        null,
        List.of(),
        Instant.parse("2026-09-01T09:00:00Z"),
        1);
  }
}
