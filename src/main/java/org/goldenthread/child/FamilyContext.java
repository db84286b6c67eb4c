package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** What the family asks professionals to take into account. */
@Entity
@Table(name = "family_context")
class FamilyContext {

  @Id
  @Column(name = "child_id")
  private UUID childId;

  private String culture;
  private String religion;

  @Column(name = "parenting_arrangements")
  private String parentingArrangements;

  private String circumstances;

  @Version private long version;

  protected FamilyContext() {}

  FamilyContext(UUID childId) {
    this.childId = childId;
  }

  void apply(FamilyContextView details) {
    this.culture = details.culture();
    this.religion = details.religion();
    this.parentingArrangements = details.parentingArrangements();
    this.circumstances = details.circumstances();
  }

  long version() {
    return version;
  }

  FamilyContextView view() {
    return new FamilyContextView(culture, religion, parentingArrangements, circumstances, version);
  }
}
