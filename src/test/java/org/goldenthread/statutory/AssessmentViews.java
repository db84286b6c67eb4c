package org.goldenthread.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.TestDoor;
import org.goldenthread.deadline.AllowedException;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;

/** People and assessments as the statutory module's web slices are given them. */
final class AssessmentViews {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser TEACHER = TestDoor.person("Tom Reid", Role.TEACHER);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  private AssessmentViews() {}

  static Deadline deadline(
      AccessibleChild child,
      UUID subject,
      DeadlineKind kind,
      String due,
      DeadlineStatus status,
      String metOn) {
    return new Deadline(
        kind,
        LocalDate.parse(due),
        null,
        kind.usualOwner(),
        kind == DeadlineKind.ADVICE ? "Educational psychology service" : null,
        status,
        metOn == null ? null : LocalDate.parse(metOn),
        null,
        subject,
        child.id(),
        List.of(),
        true,
        "/children/" + child.id() + "/ehc-assessments/" + subject);
  }

  /** Requested on 5 January 2026, decided 10 February, advice asked 11 February and late. */
  static AssessmentView assessing(AccessibleChild child) {
    UUID id = UUID.randomUUID();
    UUID askedForAdvice = UUID.randomUUID();
    Instant at = Instant.parse("2026-02-11T10:00:00Z");
    return new AssessmentView(
        id,
        child.id(),
        LocalDate.parse("2026-01-05"),
        RequestedBy.PARENT,
        AssessmentStatus.ASSESSING,
        List.of(
            deadline(
                child,
                id,
                DeadlineKind.DECISION_TO_ASSESS,
                "2026-02-16",
                DeadlineStatus.MET,
                "2026-02-10"),
            deadline(child, id, DeadlineKind.ADVICE, "2026-03-25", DeadlineStatus.MISSED, null),
            deadline(
                child,
                id,
                DeadlineKind.DECISION_NOT_TO_ISSUE,
                "2026-04-27",
                DeadlineStatus.PENDING,
                null),
            new Deadline(
                DeadlineKind.FINAL_PLAN,
                LocalDate.parse("2026-05-25"),
                LocalDate.parse("2026-05-26"),
                DeadlineOwner.LOCAL_AUTHORITY,
                null,
                DeadlineStatus.PENDING,
                null,
                null,
                id,
                child.id(),
                List.of(
                    new AllowedException(
                        AllowedException.Reason.FAMILY_AWAY,
                        "Away until March",
                        "Priya Shah",
                        LocalDate.parse("2026-02-12"))),
                true,
                "/children/" + child.id() + "/ehc-assessments/" + id)),
        List.of(
            new Milestone(
                UUID.randomUUID(),
                MilestoneKind.DECISION_TO_ASSESS,
                LocalDate.parse("2026-02-10"),
                true,
                null,
                null,
                null,
                null,
                "Priya Shah",
                at),
            new Milestone(
                askedForAdvice,
                MilestoneKind.ADVICE_REQUESTED,
                LocalDate.parse("2026-02-11"),
                null,
                "Educational psychology service",
                null,
                null,
                "Please see Sarah in class",
                "Priya Shah",
                at)),
        2);
  }
}
