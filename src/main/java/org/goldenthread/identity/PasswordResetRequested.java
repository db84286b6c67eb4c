package org.goldenthread.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a link to set a new password; the link is for their email only. Its token is a
 * secret: {@link #toString()} leaves the link out, so that no log line that prints the event can
 * carry it.
 */
public record PasswordResetRequested(
    UUID userId, String name, String email, String link, Instant expiresAt) {

  @Override
  public String toString() {
    return "PasswordResetRequested[userId="
        + userId
        + ", link=(secret), expiresAt="
        + expiresAt
        + "]";
  }
}
