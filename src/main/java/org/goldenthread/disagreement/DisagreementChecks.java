package org.goldenthread.disagreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Teams;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.stereotype.Component;

/**
 * What a disagreement and a stage must be to be kept: every problem found at once, each naming its
 * field. Text is at most {@link #MOST_TEXT} characters, with no control characters and no markup (a
 * tag such as {@code <b>}: a calm written record is plain words); letters and certificates are not
 * dated in the future, nor are stages; a certificate goes only on mediation advice or mediation,
 * and not before the stage started; sections only with the contents of a plan; the member of staff
 * a complaint names is on the child's team or on the school's staff.
 */
@Component
class DisagreementChecks {

  /** Far more than a letter: anything longer is refused, not cut. */
  static final int MOST_TEXT = 10_000;

  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^>]*>");

  private static final Set<Role> SCHOOL_STAFF =
      EnumSet.of(Role.SENCO, Role.HEAD, Role.TEACHER, Role.SCHOOL_ADMIN);

  private final Teams teams;
  private final Accounts accounts;

  DisagreementChecks(Teams teams, Accounts accounts) {
    this.teams = teams;
    this.accounts = accounts;
  }

  /** The disagreement tidied, with the name of the member of staff it is about (or null). */
  record Checked(DisagreementInput input, String aboutStaffName) {}

  Checked disagreement(AccessibleChild child, DisagreementInput entered, LocalDate today) {
    List<FieldMessage> problems = new ArrayList<>();
    if (entered.about() == null) {
      problems.add(new FieldMessage("about", "disagreement.error.about"));
    } else if (!entered.sections().isEmpty()
        && entered.about() != DisagreementAbout.PLAN_CONTENTS) {
      problems.add(new FieldMessage("sections", "disagreement.error.sectionsNotPlan"));
    }
    if (entered.decisionLetterOn() != null && entered.decisionLetterOn().isAfter(today)) {
      problems.add(new FieldMessage("decisionLetterOn", "disagreement.error.letterFuture"));
    }
    String summary = text("summary", entered.summary(), true, problems);
    String staffName = null;
    if (entered.aboutStaffId() != null) {
      staffName = staffName(child, entered.aboutStaffId()).orElse(null);
      if (staffName == null) {
        problems.add(new FieldMessage("aboutStaffId", "disagreement.error.aboutStaff"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new Checked(
        new DisagreementInput(
            entered.about(),
            entered.sections(),
            entered.decisionLetterOn(),
            summary,
            entered.aboutStaffId()),
        staffName);
  }

  StageInput stage(StageInput entered, LocalDate today) {
    List<FieldMessage> problems = new ArrayList<>();
    if (entered.stage() == null) {
      problems.add(new FieldMessage("stage", "disagreement.error.stage"));
    }
    if (entered.startedOn() == null) {
      problems.add(new FieldMessage("startedOn", "disagreement.error.startedOn"));
    } else if (entered.startedOn().isAfter(today)) {
      problems.add(new FieldMessage("startedOn", "disagreement.error.startedOnFuture"));
    }
    if (entered.certificateOn() != null) {
      if (entered.stage() != null && !entered.stage().takesCertificate()) {
        problems.add(new FieldMessage("certificateOn", "disagreement.error.certificateStage"));
      } else if (entered.certificateOn().isAfter(today)) {
        problems.add(new FieldMessage("certificateOn", "disagreement.error.certificateFuture"));
      } else if (entered.startedOn() != null
          && entered.certificateOn().isBefore(entered.startedOn())) {
        problems.add(new FieldMessage("certificateOn", "disagreement.error.certificateBefore"));
      }
    }
    String asked = text("asked", entered.asked(), false, problems);
    String answered = text("answered", entered.answered(), false, problems);
    String outcome = text("outcome", entered.outcome(), false, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new StageInput(
        entered.stage(),
        entered.startedOn(),
        entered.certificateOn(),
        asked,
        answered,
        outcome,
        Boolean.TRUE.equals(entered.settles()));
  }

  /** The people a complaint may name: the child's team now, and the school's staff. */
  List<StaffChoice> staffChoices(AccessibleChild child) {
    List<StaffChoice> choices = new ArrayList<>();
    Set<UUID> seen = new java.util.HashSet<>();
    teams.current(child).stream()
        .filter(m -> m.userId() != null && !child.user().id().equals(m.userId()))
        .filter(m -> seen.add(m.userId()))
        .forEach(m -> choices.add(new StaffChoice(m.userId(), m.name())));
    for (Role role : List.of(Role.SENCO, Role.HEAD)) {
      for (UUID id : accounts.holding(role, child.schoolId())) {
        if (seen.add(id)) {
          accounts
              .findById(id)
              .ifPresent(user -> choices.add(new StaffChoice(id, user.displayName())));
        }
      }
    }
    return choices;
  }

  /** Someone a complaint may name. */
  record StaffChoice(UUID userId, String name) {}

  private Optional<String> staffName(AccessibleChild child, UUID userId) {
    boolean onTeam = teams.accountsOnTeam(child.id()).contains(userId);
    boolean staff =
        SCHOOL_STAFF.stream()
            .anyMatch(role -> accounts.holding(role, child.schoolId()).contains(userId));
    if (!onTeam && !staff) {
      return Optional.empty();
    }
    return accounts.findById(userId).map(CurrentUser::displayName);
  }

  private static String text(
      String field, String entered, boolean required, List<FieldMessage> problems) {
    String text = TextRules.tidy(entered);
    if (text == null) {
      if (required) {
        problems.add(new FieldMessage(field, "disagreement.error." + field));
      }
      return null;
    }
    if (text.length() > MOST_TEXT) {
      problems.add(new FieldMessage(field, "disagreement.error.tooLong"));
    } else {
      Optional<String> problem = TextRules.problem(text);
      if (problem.isPresent()) {
        problems.add(new FieldMessage(field, problem.get()));
      } else if (MARKUP.matcher(text).find()) {
        problems.add(new FieldMessage(field, "disagreement.error.markup"));
      }
    }
    return text;
  }
}
