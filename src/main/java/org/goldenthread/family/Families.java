package org.goldenthread.family;

import static org.goldenthread.child.Happened.written;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessEndings;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Permission;
import org.goldenthread.child.RecordLock;
import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Invitations.IssuedInvitation;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family around a child: parents and carers with how they want to hear from us, what they ask
 * professionals to take into account, and their invitations to the record. Each person sees what
 * {@link FamilyAudience} allows them; a limit on what a member is told is for the SENCO, the head
 * or the authority officer to record ({@link InformationLimits}), never for another parent.
 */
@Service
@Transactional(readOnly = true)
public class Families {

  private final FamilyMemberRepository members;
  private final FamilyInvitationRepository invitationLinks;
  private final FamilyLetters letters;
  private final InformationLimits limits;
  private final RecordLock lock;
  private final AccessEndings endings;
  private final ApplicationEventPublisher events;

  Families(
      FamilyMemberRepository members,
      FamilyInvitationRepository invitationLinks,
      FamilyLetters letters,
      InformationLimits limits,
      RecordLock lock,
      AccessEndings endings,
      ApplicationEventPublisher events) {
    this.members = members;
    this.invitationLinks = invitationLinks;
    this.letters = letters;
    this.limits = limits;
    this.lock = lock;
    this.endings = endings;
    this.events = events;
  }

  /** The parents and carers, each with what this person may not see left out. */
  public List<FamilyMemberView> members(AccessibleChild child) {
    child.require(Permission.READ_FAMILY);
    return members.ofChildren(List.of(child.id())).get(child.id()).stream()
        .map(member -> FamilyAudience.seenBy(child, member.view()))
        .toList();
  }

  /**
   * The accounts on these children's family records, by child, in one query: for other capabilities
   * telling whether a record's owner is one of the child's family.
   */
  public Map<UUID, Set<UUID>> accountsByChild(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return Map.of();
    }
    return members.ofChildren(childIds).values().stream()
        .flatMap(List::stream)
        .filter(member -> member.userId() != null)
        .collect(
            Collectors.groupingBy(
                FamilyMember::childId,
                Collectors.mapping(FamilyMember::userId, Collectors.toSet())));
  }

  /**
   * For each of these children with one, the parent or carer to contact first (parental
   * responsibility first, then by name; never one a limit is recorded on), with how they want to
   * hear from us, in one query: for other capabilities that already went through the door (the key
   * worker's prompt to get back in touch). The note behind a limit and the address are left out.
   */
  public Map<UUID, FamilyMemberView> firstContacts(Collection<UUID> childIds) {
    Map<UUID, FamilyMemberView> first = new java.util.HashMap<>();
    if (childIds.isEmpty()) {
      return first;
    }
    members.ofChildren(childIds).values().stream()
        .flatMap(List::stream)
        .filter(member -> !member.view().informationLimited())
        .sorted(
            java.util.Comparator.comparing((FamilyMember m) -> !m.view().parentalResponsibility())
                .thenComparing(m -> m.view().name()))
        .forEach(
            member ->
                first.putIfAbsent(member.childId(), member.view().seenWith(false, false, false)));
    return first;
  }

  @Transactional
  public FamilyMemberView add(AccessibleChild child, FamilyMemberDetails entered) {
    AccessibleChild now = lock.lock(child).require(Permission.EDIT_FAMILY);
    FamilyMemberDetails details = FamilyRules.tidy(entered);
    if (details.informationLimited()) {
      now.require(Permission.LIMIT_INFORMATION);
    }
    FamilyRules.check(details);
    if (details.informationLimited()) {
      requireReason(details);
    }
    FamilyMember member = members.saveAndFlush(new FamilyMember(now.id(), details));
    changed(
        now,
        ChildRecordChanged.Action.CREATE,
        Happened.of("audit.what.family.added", written(member.name())));
    if (details.informationLimited()) {
      limits.changed(now, member, false, details.limitationNote());
    }
    return FamilyAudience.seenBy(now, member.view());
  }

  /** Changes a member's ordinary details (not their address or a limit). */
  @Transactional
  public FamilyMemberView update(
      AccessibleChild child, UUID memberId, long version, FamilyMemberDetails entered) {
    return update(child, memberId, version, FamilyMemberChange.of(entered));
  }

  /**
   * Changes what is sent of a member's details. The ordinary details need the right to edit the
   * family; the address, to see it when withheld (the person themself, the SENCO); the limit, to
   * record limits. A request that asks for anything the person may not do is refused whole (403)
   * and saves nothing.
   */
  @Transactional
  FamilyMemberView update(
      AccessibleChild child, UUID memberId, long version, FamilyMemberChange change) {
    AccessibleChild now = lock.lock(child);
    FamilyMember member = memberOf(now, memberId);
    FamilyMemberView stored = member.view();
    FamilyMemberDetails wanted = FamilyRules.tidy(change.onto(stored));
    boolean ordinary = FamilyRules.ordinaryDiffers(wanted, stored);
    boolean limit = FamilyRules.limitDiffers(wanted, stored);
    if ((ordinary && !now.can(Permission.EDIT_FAMILY))
        || (change.sendsAddress() && !FamilyAudience.mayChangeAddress(now, stored))
        || (limit && !now.can(Permission.LIMIT_INFORMATION))
        || !(now.can(Permission.EDIT_FAMILY) || now.can(Permission.LIMIT_INFORMATION))) {
      throw ChildAccess.forbidden();
    }
    EditConflict.check(version, member.version());
    FamilyRules.check(wanted);
    if (limit) {
      requireReason(wanted);
    }
    AccessEndings.Watch watch = limit ? endings.before(now.id(), member.userId()) : null;
    member.apply(wanted);
    member.moveTo(wanted.address(), wanted.addressWithheld());
    member.limit(wanted.informationLimited(), wanted.limitationNote());
    members.flush();
    if (ordinary || change.sendsAddress()) {
      changed(
          now,
          ChildRecordChanged.Action.UPDATE,
          Happened.of("audit.what.family.changed", written(member.name())));
    }
    if (limit) {
      limits.changed(now, member, stored.informationLimited(), wanted.limitationNote());
      watch.after(ChildAccessEnded.Reason.INFORMATION_LIMITED);
    }
    return FamilyAudience.seenBy(now, member.view());
  }

  /**
   * Records, changes or clears a limit on what a member is told, with the court order or reason.
   */
  @Transactional
  public FamilyMemberView limit(
      AccessibleChild child, UUID memberId, long version, boolean limited, String reason) {
    return update(
        child, memberId, version, FamilyMemberChange.limit(limited, reason == null ? "" : reason));
  }

  /**
   * Invites a family member by email to see the child's record: the letter with the link names the
   * child, the school and the sender, and goes out only while they are on the record with no limit
   * ({@link FamilyMemberInvited}).
   */
  @Transactional
  public InvitationSummary invite(AccessibleChild child, UUID memberId) {
    AccessibleChild now = lock.lock(child).require(Permission.INVITE_FAMILY);
    FamilyMember member = memberOf(now, memberId);
    if (member.email() == null) {
      throw ValidationProblem.of("email", "child.family.error.emailForInvitation");
    }
    if (member.userId() != null) {
      throw ValidationProblem.of("email", "child.family.error.alreadyLinked");
    }
    IssuedInvitation sent = letters.issue(member, now.user().id());
    events.publishEvent(
        new FamilyMemberInvited(
            now.id(), member.id(), now.user().id(), FamilyLetters.linkOf(sent)));
    changed(
        now,
        ChildRecordChanged.Action.UPDATE,
        Happened.of("audit.what.family.invited", written(member.name())));
    return sent.invitation();
  }

  /** Accepting a family invitation links the new (or existing) account to the child at once. */
  @EventListener
  @Transactional
  void on(InvitationAccepted accepted) {
    invitationLinks
        .findById(accepted.invitationId())
        .flatMap(link -> members.findById(link.familyMemberId()))
        .ifPresent(member -> member.linkAccount(accepted.userId()));
  }

  FamilyMember memberOf(AccessibleChild child, UUID memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  /** A limit is recorded, changed or cleared only with the court order or reason. */
  private static void requireReason(FamilyMemberDetails d) {
    if (d.limitationNote() == null) {
      throw ValidationProblem.of("limitationNote", "child.family.error.limitReason");
    }
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action action, Happened what) {
    events.publishEvent(child.changed(action, what));
  }
}
