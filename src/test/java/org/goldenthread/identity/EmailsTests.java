package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTests {

  @Test
  void normalisesCaseAndSpaces() {
    assertThat(Emails.normalise("  Parent@Example.ORG ")).isEqualTo("parent@example.org");
    assertThat(Emails.normalise(null)).isEmpty();
  }

  @Test
  void acceptsOrdinaryAddressesOnly() {
    assertThat(Emails.isPlausible("a.parent+school@example.org")).isTrue();
    assertThat(Emails.isPlausible("no-at-sign.example.org")).isFalse();
    assertThat(Emails.isPlausible("two@@example.org")).isFalse();
    assertThat(Emails.isPlausible("spaces in@example.org")).isFalse();
    assertThat(Emails.isPlausible("nodot@example")).isFalse();
    assertThat(Emails.isPlausible("x".repeat(250) + "@example.org")).isFalse();
  }
}
