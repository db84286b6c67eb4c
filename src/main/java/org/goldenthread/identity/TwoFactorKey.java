package org.goldenthread.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The key a person's authenticator app shares with Golden Thread, encrypted ({@link SecretCipher}).
 * It is being set up until the person types a first code from it; confirmed, it is asked for at
 * every sign-in.
 */
@Entity
@Table(name = "two_factor_key")
class TwoFactorKey {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(nullable = false)
  private String secret;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_used_step", nullable = false)
  private long lastUsedStep;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected TwoFactorKey() {}

  TwoFactorKey(UUID userId, String encryptedSecret, Instant createdAt) {
    this.userId = userId;
    this.secret = encryptedSecret;
    this.createdAt = createdAt;
  }

  UUID userId() {
    return userId;
  }

  String encryptedSecret() {
    return secret;
  }

  boolean confirmed() {
    return confirmedAt != null;
  }

  long lastUsedStep() {
    return lastUsedStep;
  }

  /** The first code was right: from now on the key is asked for, and that code is used up. */
  void confirm(Instant at, long step) {
    confirmedAt = at;
    lastUsedStep = step;
  }
}
