package org.goldenthread.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The common passwords as sorted 64-bit hashes: about 0.9 MB for the 112,000 of them, where a set
   * of strings held 9 MB of every node's heap. A password not on the list has the hash of one on it
   * with a chance of about one in 10^14, so an acceptable password is refused by mistake
   * practically never.
   */
  private final long[] commonPasswords;

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
    if (isCommon(lower) || isCommon(lower.strip())) {
      return Optional.of("identity.password.error.common");
    }
    if (email != null && lower.equals(Emails.normalise(email))) {
      return Optional.of("identity.password.error.email");
    }
    return Optional.empty();
  }

  private boolean isCommon(String lowerCasePassword) {
    return Arrays.binarySearch(commonPasswords, hash(lowerCasePassword)) >= 0;
  }

  /** FNV-1a over the characters, then SplitMix64's finaliser to spread the bits. */
  static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
    }
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    return hash ^ (hash >>> 31);
  }

  private static long[] load(String resource) {
    long[] hashes = new long[128];
    int count = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
          }
          hashes[count++] = hash(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The list of common passwords is missing", e);
    }
    long[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    return sorted;
  }
}
