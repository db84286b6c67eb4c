package org.goldenthread.provision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.UUID;
import org.goldenthread.plan.DelivererRole;

/** What an hour of one role's time costs a school, in pence. */
@Entity
@Table(name = "school_cost_rate")
class CostRate {

  @EmbeddedId private Key key;

  @Column(name = "pence_per_hour", nullable = false)
  private int pencePerHour;

  @Version private long version;

  protected CostRate() {}

  CostRate(UUID schoolId, DelivererRole role, int pencePerHour) {
    this.key = new Key(schoolId, role);
    this.pencePerHour = pencePerHour;
  }

  DelivererRole role() {
    return key.role;
  }

  int pencePerHour() {
    return pencePerHour;
  }

  long version() {
    return version;
  }

  void change(int pencePerHour) {
    this.pencePerHour = pencePerHour;
  }

  /** The school and the role. */
  @Embeddable
  static class Key implements Serializable {

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DelivererRole role;

    protected Key() {}

    Key(UUID schoolId, DelivererRole role) {
      this.schoolId = schoolId;
      this.role = role;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.schoolId.equals(schoolId) && key.role == role;
    }

    @Override
    public int hashCode() {
      return schoolId.hashCode() * 31 + role.hashCode();
    }
  }
}
