package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.web.ValidationProblem;
import org.junit.jupiter.api.Test;

class ItemRulesTests {

  static final UUID OUTCOME = UUID.randomUUID();

  @Test
  void wordsAreTidiedAndRepeatedLinksKeptOnce() {
    ItemInput.Provision tidy =
        (ItemInput.Provision)
            ItemRules.checked(
                new ItemInput.Provision(
                    "  Social skills group ",
                    DelivererRole.TEACHING_ASSISTANT,
                    " ",
                    2,
                    30,
                    null,
                    null,
                    null,
                    List.of(OUTCOME, OUTCOME)),
                kind -> Set.of(OUTCOME));
    assertThat(tidy.description()).isEqualTo("Social skills group");
    assertThat(tidy.deliveredBy()).isNull();
    assertThat(tidy.groupSize()).as("one-to-one unless said").isEqualTo(1);
    assertThat(tidy.outcomeIds()).containsExactly(OUTCOME);
  }

  @Test
  void everyBrokenRuleIsAFieldError() {
    assertThatThrownBy(
            () ->
                ItemRules.checked(
                    new ItemInput.Provision(
                        "x".repeat(2001),
                        null,
                        null,
                        0,
                        601,
                        0,
                        LocalDate.of(2026, 9, 7),
                        LocalDate.of(2026, 9, 1),
                        List.of(UUID.randomUUID())),
                    kind -> Set.of()))
        .isInstanceOfSatisfying(
            ValidationProblem.class,
            problem ->
                assertThat(problem.errors())
                    .extracting(ValidationProblem.FieldMessage::field)
                    .containsExactlyInAnyOrder(
                        "endDate",
                        "description",
                        "sessionsPerWeek",
                        "minutesPerSession",
                        "groupSize",
                        "outcomeIds"));
  }

  @Test
  void eachKindNeedsItsWordsAndItsChoice() {
    assertThat(fields(new ItemInput.Aspiration(null, null, null))).containsExactly("text", "voice");
    assertThat(fields(new ItemInput.Need(" ", null, null, null))).containsExactly("text", "area");
    assertThat(fields(new ItemInput.Outcome("", null, null, null, null, null, null)))
        .containsExactly("text");
    assertThat(fields(new ItemInput.Strategy("Visual timetable", null))).containsExactly("usedAt");
  }

  private static List<String> fields(ItemInput input) {
    try {
      ItemRules.checked(input, kind -> Set.of());
      return List.of();
    } catch (ValidationProblem problem) {
      return problem.errors().stream().map(ValidationProblem.FieldMessage::field).toList();
    }
  }
}
