package org.goldenthread.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A comment on an item: written once, kept when the item goes. */
@Entity
@Immutable
@Table(name = "plan_comment")
class PlanComment {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false)
  private PlanItemKind itemKind;

  @Column(name = "item_id", nullable = false)
  private UUID itemId;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false)
  private boolean family;

  @Column(nullable = false)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected PlanComment() {}

  PlanComment(
      UUID childId,
      PlanItemKind itemKind,
      UUID itemId,
      UUID authorId,
      String authorName,
      boolean family,
      String text,
      Instant writtenAt) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.itemKind = itemKind;
    this.itemId = itemId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.family = family;
    this.text = text;
    this.writtenAt = writtenAt;
  }

  CommentView view() {
    return new CommentView(id, itemKind, itemId, authorId, authorName, family, text, writtenAt);
  }
}
