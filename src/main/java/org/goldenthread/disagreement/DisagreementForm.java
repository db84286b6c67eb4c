package org.goldenthread.disagreement;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;
import org.springframework.validation.BindingResult;

/** The page's form for a new disagreement, kept as typed. */
record DisagreementForm(
    String about,
    List<String> sections,
    DateInput decisionLetterOn,
    String summary,
    String aboutStaffId) {

  static DisagreementForm empty() {
    return new DisagreementForm(null, List.of(), DateInput.empty(), null, null);
  }

  /** What was entered; a date that is not a real one is rejected beside its field. */
  DisagreementInput input(BindingResult binding) {
    PageForms.rejectUnreadableDate(
        binding, "decisionLetterOn", decisionLetterOn, "disagreement.error.letterReal");
    Set<PlanSection> chosen = EnumSet.noneOf(PlanSection.class);
    if (sections != null) {
      sections.stream()
          .map(letter -> PageForms.choice(PlanSection.class, letter))
          .filter(Objects::nonNull)
          .forEach(chosen::add);
    }
    return new DisagreementInput(
        PageForms.choice(DisagreementAbout.class, about),
        chosen,
        decisionLetterOn == null ? null : decisionLetterOn.toLocalDate().orElse(null),
        summary,
        PageForms.id(aboutStaffId));
  }
}
