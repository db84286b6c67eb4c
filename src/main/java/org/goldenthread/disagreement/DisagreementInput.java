package org.goldenthread.disagreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A disagreement as recorded: what it is about, the plan sections (contents of a plan only), the
 * decision letter's date, the family's summary, and the member of staff a complaint is about.
 */
public record DisagreementInput(
    DisagreementAbout about,
    Set<PlanSection> sections,
    LocalDate decisionLetterOn,
    String summary,
    UUID aboutStaffId) {

  public DisagreementInput {
    sections = sections == null ? Set.of() : Set.copyOf(sections);
  }
}
