package org.goldenthread.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message kept in the app instead of being sent (the demo mode). Never changed. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

  @Id private UUID id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxMessage() {}

  OutboxMessage(MailMessage message, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipient = message.to();
    this.subject = message.subject();
    this.body = message.body();
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
