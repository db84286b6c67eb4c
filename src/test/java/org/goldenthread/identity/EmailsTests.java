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

  @Test
  void invisibleCharactersAroundAreDroppedAndInsideRefused() {
    assertThat(Emails.normalise("\u00a0Admin@Example.org\u200b\t")).isEqualTo("admin@example.org");
    assertThat(Emails.isPlausible("ad\u200bmin@example.org")).isFalse();
    assertThat(Emails.isPlausible("ad\u00a0min@example.org")).isFalse();
  }

  @Test
  void theSameMailboxWhateverTheCaseSpacesOrTag() {
    assertThat(Emails.sameMailbox("admin@example.org", "  ADMIN@Example.org ")).isTrue();
    assertThat(Emails.sameMailbox("admin@example.org", "Admin+senco@example.org")).isTrue();
    assertThat(Emails.sameMailbox("admin+a@example.org", "admin@example.org")).isTrue();
    assertThat(Emails.sameMailbox("admin@example.org", "admin@example.com")).isFalse();
    assertThat(Emails.sameMailbox("admin@example.org", "admins@example.org")).isFalse();
  }
}
