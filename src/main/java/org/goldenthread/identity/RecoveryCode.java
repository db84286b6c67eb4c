package org.goldenthread.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One recovery code of a person, kept as its keyed hash only; it works once. */
@Entity
@Table(name = "two_factor_recovery_code")
class RecoveryCode {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected RecoveryCode() {}

  RecoveryCode(UUID userId, String codeHash) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.codeHash = codeHash;
  }
}
