package org.goldenthread.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A message in the mail queue, which is also the outbox that the demo mode shows. Written once by
 * {@link MailQueue}; the sender records its delivery (or its failures) in columns of its own.
 */
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

  @Column(nullable = false)
  private String channel;

  @Column(name = "once_key")
  private String onceKey;

  protected OutboxMessage() {}

  OutboxMessage(MailMessage message, String channel, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipient = message.to();
    this.subject = message.subject();
    this.body = message.body();
    this.createdAt = createdAt;
    this.channel = channel;
    this.onceKey = message.onceKey();
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
