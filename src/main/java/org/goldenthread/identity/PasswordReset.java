package org.goldenthread.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A forgotten-password link: usable once, for one hour. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected PasswordReset() {}

  PasswordReset(UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean isOpenAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }
}
