package org.goldenthread.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PasswordPolicyTests {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongUncommonPassphrase() {
    assertThat(policy.problemWith("kettle-harbour-violet-29", "sam@example.org")).isEmpty();
    assertThat(policy.problemWith("thread-demo-2026", "sam@example.org")).isEmpty();
  }

  @Test
  void refusesAMissingPassword() {
    assertThat(policy.problemWith("", "sam@example.org"))
        .contains("identity.password.error.missing");
    assertThat(policy.problemWith(null, "sam@example.org"))
        .contains("identity.password.error.missing");
  }

  @Test
  void needsAtLeastTenCharacters() {
    assertThat(policy.problemWith("Ab3$efgh9", "sam@example.org"))
        .contains("identity.password.error.tooShort");
    assertThat(policy.problemWith("Ab3$efgh9x", "sam@example.org")).isEmpty();
  }

  @Test
  void countsCharactersNotBytes() {
    // Ten characters, some outside the Basic Multilingual Plane.
    assertThat(policy.problemWith("ábčdéfghíj", "sam@example.org")).isEmpty();
    assertThat(policy.problemWith("😀😀😀😀😀😀😀😀😀", "sam@example.org"))
        .contains("identity.password.error.tooShort");
  }

  @Test
  void refusesVeryLongPasswords() {
    assertThat(policy.problemWith("x".repeat(257), "sam@example.org"))
        .contains("identity.password.error.tooLong");
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    assertThat(policy.problemWith("password123", "sam@example.org"))
        .contains("identity.password.error.common");
    assertThat(policy.problemWith("QWERTYUIOP", "sam@example.org"))
        .contains("identity.password.error.common");
    assertThat(policy.problemWith("1234567890", "sam@example.org"))
        .contains("identity.password.error.common");
  }

  @Test
  void refusesEveryPasswordOnTheListAndNoOther() throws Exception {
    List<String> listed;
    try (var lines =
        new ClassPathResource("identity/common-passwords.txt").getContentAsString(UTF_8).lines()) {
      listed = lines.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
    assertThat(listed).hasSizeGreaterThan(100_000);
    assertThat(listed)
        .allSatisfy(
            password ->
                assertThat(policy.problemWith(password, "sam@example.org"))
                    .contains("identity.password.error.common"));
    // No two listed passwords share a hash, so the hashes tell passwords apart.
    assertThat(listed.stream().map(PasswordPolicy::hash).distinct().count())
        .isEqualTo(listed.stream().distinct().count());
    assertThat(policy.problemWith("qwertyuiop plum orchard", "sam@example.org")).isEmpty();
  }

  @Test
  void refusesTheEmailAddressItself() {
    assertThat(policy.problemWith("Sam@Example.org", "sam@example.org"))
        .contains("identity.password.error.email");
  }
}
