package org.goldenthread.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Moves to another school as their readers see them: a move, for anyone who may see the child; the
 * child's moves; the pupils joining a SENCO's school once their families agreed; and the pupils who
 * have moved on from a school, with the copy of the record its SENCOs keep (404 for anyone else,
 * and before the move completes). The copy is the SENCOs' alone: it holds the family's
 * circumstances and the reasons for limits, which the head does not read on a live record either.
 */
@Service
@Transactional(readOnly = true)
public class TransferReads {

  private final TransferRepository transfers;
  private final ChildAccess access;
  private final Children children;
  private final Organisations organisations;
  private final TransferWarnings warnings;
  private final TransferCopies copies;
  private final Clock clock;

  TransferReads(
      TransferRepository transfers,
      ChildAccess access,
      Children children,
      Organisations organisations,
      TransferWarnings warnings,
      TransferCopies copies,
      Clock clock) {
    this.transfers = transfers;
    this.access = access;
    this.children = children;
    this.organisations = organisations;
    this.warnings = warnings;
    this.copies = copies;
    this.clock = clock;
  }

  /**
   * One transfer, for someone who may see the child, or who keeps the copy of the record the
   * child's old school held ({@link #keepsCopy}).
   */
  public TransferView get(CurrentUser user, UUID transferId) {
    Transfer transfer = transfers.findById(transferId).orElseThrow(NotFound::error);
    if (access.grant(user, transfer.childId()).isEmpty() && !keepsCopy(user, transfer)) {
      throw NotFound.error();
    }
    return view(transfer);
  }

  /** The child's moves, newest first. */
  public List<TransferView> forChild(AccessibleChild child) {
    return views(transfers.findByChildIdOrderByProposedAtDesc(child.id()));
  }

  /** Pupils joining the person's schools (where they are SENCO): agreed, not yet moved. */
  public List<TransferView> incoming(CurrentUser user) {
    Set<UUID> schools = user.organisationsWhere(Role.SENCO);
    if (schools.isEmpty()) {
      return List.of();
    }
    List<Transfer> joining = transfers.agreedInto(schools);
    Set<UUID> visible = access.visibleAmong(user, joining.stream().map(Transfer::childId).toList());
    return views(joining.stream().filter(t -> visible.contains(t.childId())).toList());
  }

  /** Pupils who have moved on from the person's schools, whose copies they keep, newest first. */
  public List<TransferView> movedOn(CurrentUser user) {
    Set<UUID> schools = keeperSchools(user);
    if (schools.isEmpty()) {
      return List.of();
    }
    return views(transfers.latestCompletedOutOf(schools));
  }

  /**
   * The copy of the record kept by the school the child left, as JSON: for its SENCOs.
   *
   * @throws ErrorResponseException 404 for anyone else, and before the move completes
   */
  KeptCopy copy(CurrentUser user, UUID transferId) {
    Transfer transfer = transfers.findById(transferId).orElseThrow(NotFound::error);
    if (!keepsCopy(user, transfer)) {
      throw NotFound.error();
    }
    String json = copies.json(transferId).orElseThrow(NotFound::error);
    return new KeptCopy(view(transfer), json);
  }

  /** The copy with its move. */
  record KeptCopy(TransferView transfer, String json) {}

  private static boolean keepsCopy(CurrentUser user, Transfer transfer) {
    return transfer.status() == TransferStatus.COMPLETED
        && keeperSchools(user).contains(transfer.fromSchoolId());
  }

  /** Whether the person keeps the copy of the record the school the child left held. */
  boolean keepsCopy(CurrentUser user, TransferView transfer) {
    return transfer.status() == TransferStatus.COMPLETED
        && keeperSchools(user).contains(transfer.fromSchoolId());
  }

  /** The child of the move, when the person may see the child now; null otherwise. */
  AccessibleChild childFor(CurrentUser user, TransferView transfer) {
    return access.grant(user, transfer.childId()).isPresent()
        ? access.open(user, transfer.childId())
        : null;
  }

  private static Set<UUID> keeperSchools(CurrentUser user) {
    return user.organisationsWhere(Role.SENCO);
  }

  TransferView view(Transfer transfer) {
    return views(List.of(transfer)).get(0);
  }

  /**
   * The moves as their readers see them, with their children and schools read once for the list (a
   * school's pupils moving in or moved on can be a whole year group), not once a move.
   */
  private List<TransferView> views(List<Transfer> moves) {
    Map<UUID, ChildSummary> movingChildren =
        children.findAll(moves.stream().map(Transfer::childId).toList());
    Map<UUID, SchoolSummary> schools = new HashMap<>();
    organisations
        .schools(
            moves.stream()
                .flatMap(t -> Stream.of(t.fromSchoolId(), t.toSchoolId()))
                .collect(Collectors.toSet()))
        .forEach(school -> schools.put(school.id(), school));
    LocalDate today = LocalDate.now(clock);
    return moves.stream()
        .map(t -> view(t, movingChildren.get(t.childId()), schools, today))
        .toList();
  }

  private TransferView view(
      Transfer transfer, ChildSummary child, Map<UUID, SchoolSummary> schools, LocalDate today) {
    SchoolSummary to = schools.get(transfer.toSchoolId());
    SchoolSummary from = schools.get(transfer.fromSchoolId());
    List<String> warned =
        transfer.status().open()
            ? warnings.of(to, child.yearGroup(), today, transfer.movesOn())
            : List.of();
    return new TransferView(
        transfer.id(),
        transfer.childId(),
        child.displayName(),
        transfer.fromSchoolId(),
        from == null ? "" : from.name(),
        transfer.toSchoolId(),
        to == null ? "" : to.name(),
        transfer.movesOn(),
        transfer.status(),
        warned,
        transfer.proposedByName(),
        transfer.answeredByName(),
        transfer.fromImport(),
        transfer.status() == TransferStatus.COMPLETED,
        transfer.version());
  }

  String schoolName(UUID schoolId) {
    return organisations.name(schoolId).orElse("");
  }
}
