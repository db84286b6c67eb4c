package org.goldenthread.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One refused sign-in, kept for throttling. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String address;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  protected SignInFailure() {}

  SignInFailure(String email, String address, Instant failedAt) {
    this.email = email;
    this.address = address;
    this.failedAt = failedAt;
  }
}
