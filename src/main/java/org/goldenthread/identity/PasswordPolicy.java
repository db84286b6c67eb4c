package org.goldenthread.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least 10 characters, at most 256, not one of the common
 * passwords shipped with the app, and not the person's own email address.
 */
@Component
public class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 256;
  private static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

  private final Set<String> commonPasswords;

  public PasswordPolicy() {
    this.commonPasswords = load(COMMON_PASSWORDS);
  }

  /**
   * The message key of the first rule the password breaks, or empty when it is acceptable.
   *
   * @param email the account's email address, which the password may not repeat
   */
  public Optional<String> problemWith(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("identity.password.error.missing");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("identity.password.error.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("identity.password.error.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (commonPasswords.contains(lower) || commonPasswords.contains(lower.strip())) {
      return Optional.of("identity.password.error.common");
    }
    if (email != null && lower.equals(Emails.normalise(email))) {
      return Optional.of("identity.password.error.email");
    }
    return Optional.empty();
  }

  private static Set<String> load(String resource) {
    Set<String> passwords = new HashSet<>(150_000);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          passwords.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The list of common passwords is missing", e);
    }
    return Set.copyOf(passwords);
  }
}
