package org.goldenthread.disagreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A disagreement and its stages, as stored. */
@Entity
@Table(name = "disagreement")
class Disagreement {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisagreementAbout about;

  private String sections;

  @Column(name = "decision_letter_on")
  private LocalDate decisionLetterOn;

  @Column(nullable = false)
  private String summary;

  @Column(name = "about_staff_id")
  private UUID aboutStaffId;

  @Column(name = "about_staff_name")
  private String aboutStaffName;

  @Column(name = "recorded_by_id")
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "disagreement_id", nullable = false, updatable = false)
  @OrderBy("startedOn, recordedAt")
  private List<DisagreementStage> stages = new ArrayList<>();

  @Version private long version;

  protected Disagreement() {}

  Disagreement(
      UUID childId,
      DisagreementInput input,
      String aboutStaffName,
      UUID byId,
      String byName,
      Instant now) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.about = input.about();
    this.sections =
        input.sections().isEmpty()
            ? null
            : input.sections().stream()
                .sorted()
                .map(PlanSection::name)
                .collect(Collectors.joining(","));
    this.decisionLetterOn = input.decisionLetterOn();
    this.summary = input.summary();
    this.aboutStaffId = input.aboutStaffId();
    this.aboutStaffName = aboutStaffName;
    this.recordedById = byId;
    this.recordedByName = byName;
    this.recordedAt = now;
    this.changedAt = now;
  }

  void add(DisagreementStage stage, Instant now) {
    stages.add(stage);
    changedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  UUID aboutStaffId() {
    return aboutStaffId;
  }

  DisagreementAbout about() {
    return about;
  }

  LocalDate decisionLetterOn() {
    return decisionLetterOn;
  }

  long version() {
    return version;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  Set<PlanSection> sections() {
    Set<PlanSection> held = EnumSet.noneOf(PlanSection.class);
    if (sections != null) {
      Arrays.stream(sections.split(",")).map(PlanSection::valueOf).forEach(held::add);
    }
    return held;
  }

  List<DisagreementStage> stages() {
    return stages;
  }

  List<DisagreementRules.StageDates> stageDates() {
    return stages.stream().map(DisagreementStage::dates).toList();
  }

  /** What the view needs that the rules do not work out. */
  DisagreementView.Record record(String childName) {
    return new DisagreementView.Record(
        id,
        childId,
        childName,
        about,
        List.copyOf(sections()),
        decisionLetterOn,
        summary,
        aboutStaffId,
        aboutStaffName,
        recordedByName,
        recordedAt,
        stages.stream()
            .sorted(
                java.util.Comparator.comparing(DisagreementStage::startedOn)
                    .thenComparing(DisagreementStage::recordedAt))
            .map(DisagreementStage::view)
            .toList(),
        version);
  }
}
