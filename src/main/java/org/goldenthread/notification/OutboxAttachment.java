package org.goldenthread.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A file attached to a message kept in the outbox. Never changed. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

  @Id private UUID id;

  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String filename;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  protected OutboxAttachment() {}

  OutboxAttachment(UUID messageId, int position, MailAttachment attachment) {
    this.id = UUID.randomUUID();
    this.messageId = messageId;
    this.position = position;
    this.filename = attachment.filename();
    this.contentType = attachment.contentType();
    this.content = attachment.content().clone();
  }

  public UUID getId() {
    return id;
  }

  public UUID getMessageId() {
    return messageId;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSize() {
    return content.length;
  }

  byte[] content() {
    return content.clone();
  }
}
