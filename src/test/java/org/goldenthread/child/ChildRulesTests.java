package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.junit.jupiter.api.Test;

class ChildRulesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static ChildDetails details(SenStatus status, NeedCode primary, NeedCode secondary) {
    return ChildRules.tidy(
        new ChildDetails(
            "  Sarah ",
            "Bennett",
            "",
            LocalDate.of(2013, 3, 14),
            "e990212100001",
            UUID.randomUUID(),
            "9",
            status,
            primary,
            secondary,
            List.of(" eng ", "POL", "ENG"),
            false));
  }

  private static List<String> fields(ChildDetails d) {
    return ChildRules.problems(d, TODAY).stream().map(FieldMessage::field).toList();
  }

  @Test
  void tidiesWhatWasTyped() {
    ChildDetails d = details(SenStatus.K, NeedCode.SLCN, null);
    assertThat(d.givenName()).isEqualTo("Sarah");
    assertThat(d.preferredName()).isNull();
    assertThat(d.upn()).isEqualTo("E990212100001");
    assertThat(d.homeLanguages()).containsExactly("ENG", "POL");
    assertThat(fields(d)).isEmpty();
  }

  @Test
  void nsaGoesOnlyWithSenSupport() {
    assertThat(fields(details(SenStatus.K, NeedCode.NSA, null))).isEmpty();
    assertThat(ChildRules.problems(details(SenStatus.E, NeedCode.NSA, null), TODAY))
        .contains(new FieldMessage("primaryNeed", "child.error.need.nsaOnlyWithK"));
  }

  @Test
  void aNeedIsRequiredWithSenStatusAndDroppedWithout() {
    assertThat(fields(details(SenStatus.K, null, null))).containsExactly("primaryNeed");
    ChildDetails none = details(SenStatus.N, NeedCode.SLCN, NeedCode.ASD);
    assertThat(none.primaryNeed()).isNull();
    assertThat(none.secondaryNeed()).isNull();
    assertThat(fields(none)).isEmpty();
  }

  @Test
  void theSecondaryNeedDiffersFromThePrimary() {
    assertThat(fields(details(SenStatus.E, NeedCode.ASD, NeedCode.ASD)))
        .containsExactly("secondaryNeed");
    assertThat(fields(details(SenStatus.K, NeedCode.SLCN, NeedCode.NSA)))
        .containsExactly("secondaryNeed");
  }

  @Test
  void checksDatesYearGroupsAndLanguages() {
    ChildDetails d =
        ChildRules.tidy(
            new ChildDetails(
                "",
                "B",
                null,
                TODAY.plusDays(1),
                "A990212100001",
                null,
                "Year 9",
                SenStatus.N,
                null,
                null,
                List.of("english!"),
                false));
    assertThat(fields(d))
        .containsExactlyInAnyOrder(
            "givenName", "dateOfBirth", "upn", "schoolId", "yearGroup", "homeLanguages");
  }
}
