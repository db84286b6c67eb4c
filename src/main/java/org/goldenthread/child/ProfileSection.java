package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current text of one section of a child's one-page profile. */
@Entity
@Table(name = "profile_section")
class ProfileSection {

  @EmbeddedId private Key key;

  @Column(nullable = false)
  private String body;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Version private long version;

  protected ProfileSection() {}

  ProfileSection(UUID childId, ProfileSectionKind section) {
    this.key = new Key(childId, section);
  }

  void write(String body, UUID authorId, String authorName, Instant at) {
    this.body = body;
    this.authorId = authorId;
    this.authorName = authorName;
    this.writtenAt = at;
  }

  /**
   * The version people read and send back: 0 before the section is first written, then one more
   * with each text. (The stored {@code @Version} is 0 after the first write as well, so on its own
   * it cannot tell a first write from none, and two people writing an empty section at once would
   * not see the conflict.)
   */
  long version() {
    return body == null ? 0 : version + 1;
  }

  ProfileSectionView view() {
    return new ProfileSectionView(key.section, body, authorName, writtenAt, version());
  }

  /** Child and section. */
  @Embeddable
  static class Key implements Serializable {
    @Column(name = "child_id")
    private UUID childId;

    @Enumerated(EnumType.STRING)
    private ProfileSectionKind section;

    protected Key() {}

    Key(UUID childId, ProfileSectionKind section) {
      this.childId = childId;
      this.section = section;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.childId.equals(childId) && key.section == section;
    }

    @Override
    public int hashCode() {
      return Objects.hash(childId, section);
    }
  }
}
