package org.goldenthread.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.SchoolMoves;
import org.goldenthread.child.SchoolRoll;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Moves to another school: proposed by the child's SENCO or an officer of the child's authority,
 * agreed or declined by a parent with parental responsibility or the young person, and cancelled by
 * the proposing side while open. On agreement the receiving school's SENCOs join the child's team
 * (the proposing school's SENCO too, if not on it, so that the transition meeting can bring both
 * together with the family); a move dated today or earlier completes at once ({@link
 * TransferCompletion}). Before agreement nothing about the child reaches the receiving school.
 */
@Service
@Transactional(readOnly = true)
public class Transfers {

  static final Set<Relationship> PROPOSERS =
      EnumSet.of(Relationship.SENCO, Relationship.AUTHORITY_OFFICER);
  static final Set<Relationship> ANSWERERS =
      EnumSet.of(Relationship.PARENT, Relationship.YOUNG_PERSON);

  private final TransferRepository transfers;
  private final ChildAccess access;
  private final Children children;
  private final Organisations organisations;
  private final Accounts accounts;
  private final SchoolMoves moves;
  private final TransferCompletion completion;
  private final TransferReads reads;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Transfers(
      TransferRepository transfers,
      ChildAccess access,
      Children children,
      Organisations organisations,
      Accounts accounts,
      SchoolMoves moves,
      TransferCompletion completion,
      TransferReads reads,
      ApplicationEventPublisher events,
      Clock clock) {
    this.transfers = transfers;
    this.access = access;
    this.children = children;
    this.organisations = organisations;
    this.accounts = accounts;
    this.moves = moves;
    this.completion = completion;
    this.reads = reads;
    this.events = events;
    this.clock = clock;
  }

  /** A move as asked for: the receiving school and the day. */
  public record Proposal(UUID toSchoolId, LocalDate movesOn) {}

  /** A transfer with its child, as the door opened it to the reader. */
  record Opened(Transfer transfer, AccessibleChild child) {}

  static boolean mayPropose(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(PROPOSERS::contains);
  }

  static boolean mayAnswer(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(ANSWERERS::contains);
  }

  static boolean mayCancel(AccessibleChild child, TransferView transfer) {
    return transfer.open() && mayPropose(child) && transfer.fromSchoolId().equals(child.schoolId());
  }

  /** The schools a move may go to: every school in the directory but the child's own, by name. */
  public List<SchoolSummary> destinations(AccessibleChild child) {
    return organisations.schools().stream()
        .filter(school -> !school.id().equals(child.schoolId()))
        .sorted(Comparator.comparing(SchoolSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Proposes a move; the family is asked to agree.
   *
   * @throws ValidationProblem naming {@code toSchoolId} or {@code movesOn}
   * @throws ErrorResponseException 409 while another move is open
   */
  @Transactional
  public TransferView propose(AccessibleChild child, Proposal proposal) {
    if (!mayPropose(child)) {
      throw ChildAccess.forbidden();
    }
    Relationship as =
        child.grant().relationships().contains(Relationship.SENCO)
            ? Relationship.SENCO
            : Relationship.AUTHORITY_OFFICER;
    return propose(child.id(), child.user(), as, proposal, false);
  }

  /**
   * Proposes a move for the receiving school itself: a pupil in a Common Transfer File it imported
   * who is on another school's roll. The family still agrees before anything reaches it.
   */
  @Transactional
  public TransferView proposeFromImport(
      UUID childId, CurrentUser importer, UUID toSchoolId, LocalDate movesOn) {
    Optional<Transfer> open = openMove(childId);
    if (open.isPresent()) {
      return reads.view(open.get());
    }
    return propose(
        childId,
        importer,
        SchoolRoll.importerRole(importer, toSchoolId),
        new Proposal(toSchoolId, movesOn),
        true);
  }

  private TransferView propose(
      UUID childId, CurrentUser by, Relationship as, Proposal proposal, boolean fromImport) {
    ChildSummary child = children.find(childId).orElseThrow(NotFound::error);
    List<ValidationProblem.FieldMessage> problems = new ArrayList<>();
    SchoolSummary to =
        proposal.toSchoolId() == null
            ? null
            : organisations.school(proposal.toSchoolId()).orElse(null);
    if (to == null) {
      problems.add(new ValidationProblem.FieldMessage("toSchoolId", "transfer.error.toSchool"));
    } else if (to.id().equals(child.schoolId())) {
      problems.add(new ValidationProblem.FieldMessage("toSchoolId", "transfer.error.sameSchool"));
    }
    LocalDate today = LocalDate.now(clock);
    if (proposal.movesOn() == null) {
      problems.add(new ValidationProblem.FieldMessage("movesOn", "transfer.error.movesOn"));
    } else if (proposal.movesOn().isBefore(today.minusYears(1))
        || proposal.movesOn().isAfter(today.plusYears(2))) {
      problems.add(new ValidationProblem.FieldMessage("movesOn", "transfer.error.movesOn.range"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    if (openMove(childId).isPresent()) {
      throw alreadyOpen();
    }
    Transfer transfer =
        transfers.saveAndFlush(
            new Transfer(
                childId,
                child.schoolId(),
                to.id(),
                proposal.movesOn(),
                by.id(),
                by.displayName(),
                as,
                clock.instant(),
                fromImport));
    events.publishEvent(
        new TransferProposed(
            transfer.id(), childId, to.name(), transfer.movesOn(), by.id(), by.displayName()));
    return reads.view(transfer);
  }

  /** The child's move under way (proposed or agreed), if there is one: never more than one. */
  private Optional<Transfer> openMove(UUID childId) {
    return transfers.findByChildIdOrderByProposedAtDesc(childId).stream()
        .filter(t -> t.status().open())
        .findFirst();
  }

  /**
   * The family's answer. On agreement the receiving school's SENCOs join the team, and a move dated
   * today or earlier completes at once.
   *
   * @throws ErrorResponseException 409 once answered (two answers at once: one wins), or for a
   *     stale {@code version}
   */
  @Transactional
  public TransferView answer(CurrentUser user, UUID transferId, Boolean agreed, Long version) {
    Opened opened = open(user, transferId);
    if (!mayAnswer(opened.child())) {
      throw ChildAccess.forbidden();
    }
    if (agreed == null) {
      throw ValidationProblem.of("agreed", "transfer.error.agreed");
    }
    Transfer transfer = opened.transfer();
    if (version != null) {
      EditConflict.check(version, transfer.version());
    }
    if (transfer.status() != TransferStatus.PROPOSED) {
      throw alreadyAnswered();
    }
    transfer.answer(agreed, user.id(), user.displayName(), clock.instant());
    transfers.saveAndFlush(transfer);
    String toName = reads.schoolName(transfer.toSchoolId());
    List<UUID> receiving = List.of();
    if (agreed) {
      SchoolMoves.Actor actor = actor(opened.child());
      receiving = accounts.holding(Role.SENCO, transfer.toSchoolId());
      for (UUID senco : receiving) {
        accounts
            .findById(senco)
            .ifPresent(
                person ->
                    moves.joinAsSenco(
                        transfer.childId(), senco, person.displayName(), toName, true, actor));
      }
      joinProposer(transfer, actor);
    }
    events.publishEvent(
        new TransferAnswered(
            transfer.id(),
            transfer.childId(),
            agreed,
            toName,
            transfer.movesOn(),
            transfer.proposedById(),
            user.id(),
            user.displayName(),
            receiving));
    if (agreed && !transfer.movesOn().isAfter(LocalDate.now(clock))) {
      completion.complete(transfer, actor(opened.child()));
    }
    return reads.view(transfer);
  }

  /** The proposing school's SENCO on the team, so that the transition meeting can invite them. */
  private void joinProposer(Transfer transfer, SchoolMoves.Actor actor) {
    if (transfer.proposedById() == null || transfer.proposedAs() != Relationship.SENCO) {
      return;
    }
    accounts
        .findById(transfer.proposedById())
        .filter(p -> p.organisationsWhere(Role.SENCO).contains(transfer.fromSchoolId()))
        .ifPresent(
            p ->
                moves.joinAsSenco(
                    transfer.childId(),
                    p.id(),
                    p.displayName(),
                    reads.schoolName(transfer.fromSchoolId()),
                    false,
                    actor));
  }

  /** Cancels an open move: whoever may propose one at the child's school, while it is open. */
  @Transactional
  public TransferView cancel(CurrentUser user, UUID transferId, Long version) {
    Opened opened = open(user, transferId);
    Transfer transfer = opened.transfer();
    TransferView before = reads.view(transfer);
    if (!mayPropose(opened.child()) || !transfer.fromSchoolId().equals(opened.child().schoolId())) {
      throw ChildAccess.forbidden();
    }
    if (version != null) {
      EditConflict.check(version, transfer.version());
    }
    if (!before.open()) {
      throw alreadyAnswered();
    }
    boolean wasAgreed = transfer.status() == TransferStatus.AGREED;
    transfer.cancel();
    transfers.saveAndFlush(transfer);
    if (wasAgreed) {
      moves.leave(
          transfer.childId(),
          accounts.holding(Role.SENCO, transfer.toSchoolId()),
          actor(opened.child()));
    }
    return reads.view(transfer);
  }

  /** The transfer with the child, for someone who may see the child; 404 otherwise. */
  Opened open(CurrentUser user, UUID transferId) {
    Transfer transfer = transfers.findById(transferId).orElseThrow(NotFound::error);
    return new Opened(transfer, access.open(user, transfer.childId()));
  }

  private static SchoolMoves.Actor actor(AccessibleChild child) {
    return new SchoolMoves.Actor(
        child.user().id(), child.user().displayName(), child.grant().principal());
  }

  static ErrorResponseException alreadyOpen() {
    return conflict("api.problem.moveUnderWay");
  }

  static ErrorResponseException alreadyAnswered() {
    return conflict("api.problem.moveAnswered");
  }

  private static ErrorResponseException conflict(String detailKey) {
    return ProblemTypes.refusal(HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, detailKey);
  }
}
