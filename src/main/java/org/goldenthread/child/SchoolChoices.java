package org.goldenthread.child;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.Choice;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The schools a person may add children to, and the choices of the child's record form. */
@Component
class SchoolChoices {

  private final Organisations organisations;

  SchoolChoices(Organisations organisations) {
    this.organisations = organisations;
  }

  /**
   * Their own school for school staff, their authority's schools for officers ({@link
   * ChildAccess#canCreateAt}), by name.
   */
  List<SchoolSummary> addableBy(CurrentUser user) {
    Set<UUID> schools = new HashSet<>();
    for (Role role : ChildAccess.ADDING_ROLES) {
      schools.addAll(user.organisationsWhere(role));
    }
    for (UUID authority : user.organisationsWhere(Role.AUTHORITY_OFFICER)) {
      schools.addAll(organisations.schoolIdsOf(authority));
    }
    return organisations.schools(schools).stream()
        .sorted(Comparator.comparing(SchoolSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The choices of the record form: schools, year groups, SEN statuses, needs, yes and no. */
  static void addFormChoices(Model model, List<SchoolSummary> schools) {
    model.addAttribute("schoolChoices", Caseload.choicesOf(schools));
    model.addAttribute("yearChoices", Choice.ofValues(YearGroup.ALL.toArray(String[]::new)));
    model.addAttribute("statusChoices", Choice.ofValues(SenStatus.values()));
    model.addAttribute("needChoices", Choice.ofValues(NeedCode.values()));
    model.addAttribute(
        "secondaryNeedChoices",
        Choice.ofValues(
            java.util.Arrays.stream(NeedCode.values())
                .filter(need -> need != NeedCode.NSA)
                .toArray(NeedCode[]::new)));
    model.addAttribute("yesNoChoices", Choice.ofValues("true", "false"));
    model.addAttribute("pronounChoices", Choice.ofValues("SHE_HER", "HE_HIM", "THEY_THEM", "NAME"));
    model.addAttribute(
        "languageChoices", Choice.ofValues(CensusLanguages.choices().toArray(String[]::new)));
  }
}
