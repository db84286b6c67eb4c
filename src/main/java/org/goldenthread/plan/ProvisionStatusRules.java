package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * What pausing, stopping or restarting support needs: a status; a reason to pause or stop (the
 * family is owed one), of at most {@link ItemRules#MAX_TEXT} characters; a start no more than a
 * year either side of today (today when left out); and an end only for a pause, on or after its
 * start.
 */
final class ProvisionStatusRules {

  private ProvisionStatusRules() {}

  /** The change tidied. @throws ValidationProblem naming each field that breaks a rule */
  static ProvisionStatusChange checked(ProvisionStatusChange change, LocalDate today) {
    List<FieldMessage> problems = new ArrayList<>();
    if (change.status() == null) {
      problems.add(new FieldMessage("status", "plan.provisionStatus.error.status"));
    }
    String reason = TextRules.tidy(change.reason());
    boolean given = change.status() == ProvisionStatus.ACTIVE;
    if (reason == null && change.status() != null && !given) {
      problems.add(new FieldMessage("reason", "plan.provisionStatus.error.reason"));
    } else if (reason != null && reason.length() > ItemRules.MAX_TEXT) {
      problems.add(new FieldMessage("reason", "plan.error.tooLong"));
    }
    LocalDate from = change.from() == null ? today : change.from();
    if (from.isBefore(today.minusYears(1)) || from.isAfter(today.plusYears(1))) {
      problems.add(new FieldMessage("from", "plan.provisionStatus.error.from"));
    }
    LocalDate until = change.status() == ProvisionStatus.PAUSED ? change.until() : null;
    if (until != null && until.isBefore(from)) {
      problems.add(new FieldMessage("until", "plan.provisionStatus.error.until"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new ProvisionStatusChange(change.status(), reason, from, until);
  }
}
