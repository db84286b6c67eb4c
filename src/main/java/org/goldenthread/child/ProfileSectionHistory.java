package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A text a profile section once had: kept, never changed. */
@Entity
@Immutable
@Table(name = "profile_section_history")
class ProfileSectionHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProfileSectionKind section;

  @Column(nullable = false)
  private String body;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected ProfileSectionHistory() {}

  ProfileSectionHistory(
      UUID childId,
      ProfileSectionKind section,
      String body,
      UUID authorId,
      String authorName,
      Instant writtenAt) {
    this.childId = childId;
    this.section = section;
    this.body = body;
    this.authorId = authorId;
    this.authorName = authorName;
    this.writtenAt = writtenAt;
  }

  ProfileSectionView view() {
    return new ProfileSectionView(section, body, authorName, writtenAt, 0);
  }
}
