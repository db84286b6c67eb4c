package org.goldenthread.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** What the family asks professionals to take into account. */
@Entity
@Table(name = "family_context")
class FamilyContext implements Persistable<UUID> {

  @Id
  @Column(name = "child_id")
  private UUID childId;

  private String culture;
  private String religion;

  @Column(name = "parenting_arrangements")
  private String parentingArrangements;

  private String circumstances;

  @Version private long version;

  @Transient private boolean stored;

  protected FamilyContext() {}

  FamilyContext(UUID childId) {
    this.childId = childId;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    this.stored = true;
  }

  void apply(FamilyContextView details) {
    this.culture = details.culture();
    this.religion = details.religion();
    this.parentingArrangements = details.parentingArrangements();
    this.circumstances = details.circumstances();
  }

  /**
   * The version people read and send back: 0 before the context is first saved, then one more with
   * each save. (The stored {@code @Version} is 0 after the first save as well, so on its own it
   * cannot tell a first save from none.)
   */
  long version() {
    return stored ? version + 1 : 0;
  }

  @Override
  public UUID getId() {
    return childId;
  }

  /** A context never saved is inserted (persisted), never merged over one saved meanwhile. */
  @Override
  public boolean isNew() {
    return !stored;
  }

  FamilyContextView view() {
    return new FamilyContextView(
        culture, religion, parentingArrangements, circumstances, version());
  }
}
