package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recovery codes: ten, easy to read out, stored as keyed hashes, forgiving of how they are typed.
 */
class RecoveryCodesTests {

  private final RecoveryCodes recovery =
      new RecoveryCodes(new SecretTokens("a-long-test-secret-1"));

  @Test
  void tenDifferentCodesWithoutLettersThatLookLikeDigits() {
    List<String> codes = recovery.newCodes();

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}"));
    assertThat(new HashSet<>(recovery.newCodes())).doesNotContainAnyElementsOf(codes);
  }

  @Test
  void theHashIsTheSameHoweverTheCodeIsTypedAndDiffersFromTheCode() {
    String hash = recovery.hash("k7m2p-x9qrt");

    assertThat(hash).doesNotContain("k7m2p").isNotEqualTo("k7m2px9qrt");
    assertThat(recovery.hash("K7M2P X9QRT")).isEqualTo(hash);
    assertThat(recovery.hash(" k7m2px9qrt ")).isEqualTo(hash);
    assertThat(recovery.hash("k7m2p-x9qrs")).isNotEqualTo(hash);
  }
}
