package org.goldenthread.family;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Permission;
import org.goldenthread.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits on what a family member is told (a court order, or a reason the school records). Only the
 * SENCO, the head or the authority officer records, changes or clears one, always with the court
 * order or reason; each change is kept, with its reason, and named in the child's audit trail
 * without the reason. The limited person sees on their home only that a limit is recorded, and whom
 * to ask.
 */
@Component
@Transactional(readOnly = true)
class InformationLimits {

  private final InformationLimitChangeRepository changes;
  private final Children children;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InformationLimits(
      InformationLimitChangeRepository changes,
      Children children,
      ApplicationEventPublisher events,
      Clock clock) {
    this.changes = changes;
    this.children = children;
    this.events = events;
    this.clock = clock;
  }

  /** Keeps a change of the member's limit (already made) with its reason, and audits it. */
  @Transactional(propagation = Propagation.MANDATORY)
  void changed(AccessibleChild child, FamilyMember member, boolean wasLimited, String reason) {
    changes.save(
        new InformationLimitChange(
            child.id(),
            member.id(),
            member.informationLimited(),
            reason,
            child.user().id(),
            child.user().displayName(),
            clock.instant()));
    String what =
        member.informationLimited()
            ? (wasLimited ? "audit.what.limit.changed" : "audit.what.limit.recorded")
            : "audit.what.limit.cleared";
    events.publishEvent(
        child.changed(ChildRecordChanged.Action.UPDATE, Happened.of(what, written(member.name()))));
  }

  /** Every change of a member's limit, newest first, for those who may read the reasons. */
  List<InformationLimitChange.View> history(AccessibleChild child, UUID memberId) {
    child.require(Permission.READ_LIMITATION_NOTES);
    return changes.findByFamilyMemberIdOrderByRecordedAtDescIdDesc(memberId).stream()
        .map(InformationLimitChange::view)
        .toList();
  }

  /**
   * The limits recorded on this person's own family entries: for each, the child's given name, the
   * school and its SENCO on the child's team (when there is one), and nothing else.
   */
  List<Notice> on(CurrentUser user) {
    return children.hiddenByLimitFrom(user).stream()
        .map(child -> new Notice(child.givenName(), child.schoolName(), child.sencoName()))
        .toList();
  }

  /** A limit recorded on the signed-in person's entry for a child, and whom to ask about it. */
  record Notice(String childGivenName, String schoolName, String sencoName) {}
}
