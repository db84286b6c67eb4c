package org.goldenthread.child;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family around a child: parents and carers with how they want to hear from us, what they ask
 * professionals to take into account, and their invitations to the record.
 */
@Service
@Transactional(readOnly = true)
public class Families {

  static final int MAX_TEXT = 2000;

  private final FamilyMemberRepository members;
  private final FamilyContextRepository contexts;
  private final FamilyInvitationRepository invitationLinks;
  private final Invitations invitations;
  private final ApplicationEventPublisher events;

  Families(
      FamilyMemberRepository members,
      FamilyContextRepository contexts,
      FamilyInvitationRepository invitationLinks,
      Invitations invitations,
      ApplicationEventPublisher events) {
    this.members = members;
    this.contexts = contexts;
    this.invitationLinks = invitationLinks;
    this.invitations = invitations;
    this.events = events;
  }

  public List<FamilyMemberView> members(AccessibleChild child) {
    child.require(Permission.READ_FAMILY);
    return members.findByChildIdOrderByName(child.id()).stream().map(FamilyMember::view).toList();
  }

  @Transactional
  public FamilyMemberView add(AccessibleChild child, FamilyMemberDetails entered) {
    child.require(Permission.EDIT_FAMILY);
    FamilyMemberDetails details = checked(entered);
    FamilyMember member = members.save(new FamilyMember(child.id(), details));
    changed(child, ChildRecordChanged.Action.CREATE, "Added " + member.name() + " to the family");
    return member.view();
  }

  @Transactional
  public FamilyMemberView update(
      AccessibleChild child, UUID memberId, long version, FamilyMemberDetails entered) {
    child.require(Permission.EDIT_FAMILY);
    FamilyMember member = memberOf(child, memberId);
    EditConflict.check(version, member.version());
    member.apply(checked(entered));
    members.flush();
    changed(child, ChildRecordChanged.Action.UPDATE, "Changed the details of " + member.name());
    return member.view();
  }

  public FamilyContextView context(AccessibleChild child) {
    child.require(Permission.READ_CIRCUMSTANCES);
    return contexts
        .findById(child.id())
        .map(FamilyContext::view)
        .orElse(new FamilyContextView(null, null, null, null, 0));
  }

  @Transactional
  public FamilyContextView updateContext(
      AccessibleChild child, long version, FamilyContextView entered) {
    child.require(Permission.EDIT_FAMILY);
    FamilyContextView tidy =
        new FamilyContextView(
            text("culture", entered.culture()),
            text("religion", entered.religion()),
            text("parentingArrangements", entered.parentingArrangements()),
            text("circumstances", entered.circumstances()),
            version);
    FamilyContext context =
        contexts.findById(child.id()).orElseGet(() -> new FamilyContext(child.id()));
    EditConflict.check(version, context.version());
    context.apply(tidy);
    FamilyContext saved = contexts.saveAndFlush(context);
    changed(child, ChildRecordChanged.Action.UPDATE, "Changed what the family asks us to know");
    return saved.view();
  }

  /** Invites a family member by email to see the child's record. */
  @Transactional
  public InvitationSummary invite(AccessibleChild child, UUID memberId) {
    child.require(Permission.INVITE_FAMILY);
    FamilyMember member = memberOf(child, memberId);
    if (member.email() == null) {
      throw ValidationProblem.of("email", "child.family.error.emailForInvitation");
    }
    if (member.userId() != null) {
      throw ValidationProblem.of("email", "child.family.error.alreadyLinked");
    }
    InvitationSummary sent =
        invitations.invite(
            new NewInvitation(member.email(), member.name(), Role.PARENT, null), child.user().id());
    invitationLinks.save(new FamilyInvitation(sent.id(), child.id(), member.id()));
    changed(child, ChildRecordChanged.Action.UPDATE, "Invited " + member.name() + " to the record");
    return sent;
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

  private FamilyMember memberOf(AccessibleChild child, UUID memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(child.id()))
        .orElseThrow(ChildAccess::notFound);
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action action, String what) {
    events.publishEvent(child.changed(action, what));
  }

  private static FamilyMemberDetails checked(FamilyMemberDetails d) {
    List<FieldMessage> problems = new ArrayList<>();
    String name = Texts.trimToNull(d.name());
    if (name == null) {
      problems.add(new FieldMessage("name", "child.family.error.name"));
    } else if (name.length() > 200) {
      problems.add(new FieldMessage("name", "child.family.error.nameTooLong"));
    }
    String email = Texts.trimToNull(d.email());
    if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(new FieldMessage("email", "child.family.error.email"));
    }
    if (d.relationship() == null) {
      problems.add(new FieldMessage("relationship", "child.family.error.relationship"));
    }
    if (d.informationLimited() && Texts.trimToNull(d.limitationNote()) == null) {
      problems.add(new FieldMessage("limitationNote", "child.family.error.limitationNote"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new FamilyMemberDetails(
        name,
        email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
        Texts.trimToNull(d.phone()),
        d.relationship(),
        d.parentalResponsibility(),
        Texts.trimToNull(d.household()),
        Texts.trimToNull(d.preferredLanguage()),
        d.preferredFormat() == null ? PreferredFormat.STANDARD : d.preferredFormat(),
        d.contactChannel() == null ? ContactChannel.EMAIL : d.contactChannel(),
        d.informationLimited(),
        d.informationLimited() ? Texts.trimToNull(d.limitationNote()) : null);
  }

  private static String text(String field, String value) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed != null && trimmed.length() > MAX_TEXT) {
      throw ValidationProblem.of(field, "child.family.error.tooLong");
    }
    return trimmed == null || trimmed.isEmpty() ? null : trimmed;
  }
}
