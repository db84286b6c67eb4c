package org.goldenthread.disagreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;

/**
 * A disagreement as pages and the API show it (issue 16's shape): what it is about, the decision
 * letter's date, its stages oldest first, its deadlines (the api.md "Deadlines" shape) and the next
 * option open to the family with its deadline and the rule behind it. {@code toTribunal}: it can go
 * to the SEND Tribunal at all (not support at school, nor plan sections other than B, F and I).
 * {@code open}: no stage has settled it. {@code aboutStaffId}: the member of staff a complaint is
 * about, who never sees it.
 */
public record DisagreementView(
    UUID id,
    UUID childId,
    String childName,
    DisagreementAbout about,
    List<PlanSection> sections,
    LocalDate decisionLetterOn,
    String summary,
    UUID aboutStaffId,
    String aboutStaffName,
    String recordedByName,
    Instant recordedAt,
    List<StageView> stages,
    List<Deadline> deadlines,
    NextStep next,
    boolean toTribunal,
    boolean open,
    long version) {

  /**
   * The next option open to the family.
   *
   * @param option what it is
   * @param deadline its deadline, or null when none goes with it
   * @param rule the rule behind the deadline in plain words, then what moved the date
   */
  public record NextStep(NextOption option, Deadline deadline, List<String> rule) {}

  /** What is stored, before the rules are applied. */
  record Record(
      UUID id,
      UUID childId,
      String childName,
      DisagreementAbout about,
      List<PlanSection> sections,
      LocalDate decisionLetterOn,
      String summary,
      UUID aboutStaffId,
      String aboutStaffName,
      String recordedByName,
      Instant recordedAt,
      List<StageView> stages,
      long version) {}

  /** The deadline of this kind, if it has one. */
  public Deadline deadline(org.goldenthread.deadline.DeadlineKind kind) {
    return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
  }
}
