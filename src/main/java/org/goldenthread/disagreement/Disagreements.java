package org.goldenthread.disagreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.child.Happened;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's disagreements: recorded by the family, with stages added by the family, the SENCO or
 * the authority, each read with its deadlines and the next option open to the family ({@link
 * DisagreementViews}). Only those {@link DisagreementRights} lets see one ever learn it exists.
 */
@Service
@Transactional(readOnly = true)
public class Disagreements {

  /** How near a family's next deadline is when their home shows it. */
  static final int NEAR_DAYS = 28;

  private final DisagreementRepository disagreements;
  private final DisagreementChecks checks;
  private final DisagreementViews views;
  private final ChildAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Disagreements(
      DisagreementRepository disagreements,
      DisagreementChecks checks,
      DisagreementViews views,
      ChildAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.disagreements = disagreements;
    this.checks = checks;
    this.views = views;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person may see the child's disagreements at all. */
  public boolean maySee(AccessibleChild child) {
    return DisagreementRights.maySeeAny(child.grant());
  }

  public boolean mayRecord(AccessibleChild child) {
    return DisagreementRights.mayRecord(child.grant());
  }

  public boolean mayAddStage(AccessibleChild child) {
    return DisagreementRights.mayAddStage(child.grant());
  }

  /**
   * The people a complaint may name, for the form: the child's team and the school's SENCO and
   * head.
   */
  List<DisagreementChecks.StaffChoice> staffChoices(AccessibleChild child) {
    return checks.staffChoices(child);
  }

  /** The child's disagreements the person may see, newest first, a page at a time; else 404. */
  public PageOf<DisagreementView> forChild(AccessibleChild child, int page, int size) {
    requireSee(child);
    PageRequest asked = PageOf.request(page, size);
    return PageOf.of(
        disagreements.findOfChild(
            child.id(),
            child.user().id(),
            PageRequest.of(
                asked.getPageNumber(),
                asked.getPageSize(),
                Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id")))),
        d -> views.view(d, child.displayName()));
  }

  /** The child's open disagreements the person may see (none when they may see none). */
  public List<DisagreementView> openForChild(AccessibleChild child) {
    if (!maySee(child)) {
      return List.of();
    }
    return disagreements.ofChild(child.id()).stream()
        .filter(d -> !child.user().id().equals(d.aboutStaffId()))
        .map(d -> views.view(d, child.displayName()))
        .filter(DisagreementView::open)
        .toList();
  }

  /** The child's disagreement, or 404. */
  public DisagreementView get(AccessibleChild child, UUID disagreementId) {
    return views.view(find(child, disagreementId), child.displayName());
  }

  /** The disagreement, for someone who may see it; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID disagreementId) {
    if (user == null || disagreementId == null) {
      throw NotFound.error();
    }
    Disagreement found = disagreements.findById(disagreementId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, found.childId());
    if (!DisagreementRights.maySee(child.grant(), user.id(), found.aboutStaffId())) {
      throw NotFound.error();
    }
    return new Opened(child, views.view(found, child.displayName()));
  }

  /** The same, recorded in the child's audit trail as a read. */
  @Transactional
  public Opened read(CurrentUser user, UUID disagreementId) {
    Opened opened = open(user, disagreementId);
    AccessibleChild child = opened.child();
    events.publishEvent(
        new ChildRecordRead(
            child.id(),
            user.id(),
            user.displayName(),
            child.grant().principal(),
            "audit.part.disagreement"));
    return opened;
  }

  /** Records a disagreement for the family; 404 for those who may not see, 403 for the others. */
  @Transactional
  public DisagreementView record(AccessibleChild child, DisagreementInput entered) {
    requireSee(child);
    if (!mayRecord(child)) {
      throw ChildAccess.forbidden();
    }
    DisagreementChecks.Checked checked = checks.disagreement(child, entered, today());
    CurrentUser user = child.user();
    Disagreement saved =
        disagreements.saveAndFlush(
            new Disagreement(
                child.id(),
                checked.input(),
                checked.aboutStaffName(),
                user.id(),
                user.displayName(),
                clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.CREATE,
            Happened.of(
                "audit.what.disagreement.recorded",
                Happened.words("audit.disagreement.about." + saved.about().name()))));
    events.publishEvent(
        new DisagreementRecorded(
            saved.id(),
            child.id(),
            saved.about(),
            saved.aboutStaffId(),
            user.id(),
            user.displayName()));
    return views.view(saved, child.displayName());
  }

  /**
   * Adds a stage, and answers the disagreement with its deadlines worked out again.
   *
   * @param version the version read, or null to add to what is there
   */
  @Transactional
  public DisagreementView addStage(
      AccessibleChild child, UUID disagreementId, StageInput entered, Long version) {
    Disagreement found =
        disagreements
            .findForChange(disagreementId)
            .filter(d -> d.childId().equals(child.id()))
            .filter(
                d -> DisagreementRights.maySee(child.grant(), child.user().id(), d.aboutStaffId()))
            .orElseThrow(NotFound::error);
    if (!mayAddStage(child)) {
      throw ChildAccess.forbidden();
    }
    if (version != null) {
      EditConflict.check(version, found.version());
    }
    StageInput input = checks.stage(entered, today());
    CurrentUser user = child.user();
    found.add(
        new DisagreementStage(input, user.id(), user.displayName(), clock.instant()),
        clock.instant());
    Disagreement saved = disagreements.saveAndFlush(found);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                "audit.what.disagreement.stage",
                Happened.words("audit.disagreement.stage." + input.stage().name()))));
    events.publishEvent(
        new DisagreementStageRecorded(
            saved.id(),
            child.id(),
            input.stage(),
            saved.aboutStaffId(),
            user.id(),
            user.displayName()));
    return views.view(saved, child.displayName());
  }

  /** The open disagreements the person may see, of every child they may see. */
  public List<DisagreementView> openVisibleTo(CurrentUser user) {
    return seenBy(user).stream().map(Seen::view).filter(DisagreementView::open).toList();
  }

  /**
   * The open disagreements of the person's own family whose next option has a deadline (mediation
   * or an appeal) still to come within {@link #NEAR_DAYS} days, soonest first: for their home.
   */
  public List<DisagreementView> nearForFamily(CurrentUser user) {
    LocalDate today = today();
    return seenBy(user).stream()
        .filter(Seen::family)
        .map(Seen::view)
        .filter(DisagreementView::open)
        .filter(d -> d.next().deadline() != null)
        .filter(d -> d.next().deadline().status() == DeadlineStatus.PENDING)
        .filter(d -> !d.next().deadline().lastDay().isAfter(today.plusDays(NEAR_DAYS)))
        .sorted(Comparator.comparing(d -> d.next().deadline().lastDay()))
        .toList();
  }

  /** Every disagreement the person may see, of every status: for the deadlines. */
  List<DisagreementView> visibleTo(CurrentUser user) {
    return seenBy(user).stream().map(Seen::view).toList();
  }

  /**
   * Every disagreement the person may see, of every child they may see, read once per page view
   * (the deadlines and the home panel share it): a few statements whatever the number of children,
   * none per child, and only one when there is none to see.
   */
  private List<Seen> seenBy(CurrentUser user) {
    return OncePerPageView.get(
        "disagreement.seenBy." + user.id(), () -> List.copyOf(workOutSeenBy(user)));
  }

  private List<Seen> workOutSeenBy(CurrentUser user) {
    Set<UUID> candidates = access.visibleWithRecords(user, ChildRecordTable.of("disagreement"));
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Disagreement> found = disagreements.findWithStages(candidates);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, AccessibleChild> opened =
        access.openAll(user, found.stream().map(Disagreement::childId).toList());
    List<Seen> out = new ArrayList<>();
    for (Disagreement d : found) {
      AccessibleChild child = opened.get(d.childId());
      if (child != null && DisagreementRights.maySee(child.grant(), user.id(), d.aboutStaffId())) {
        out.add(new Seen(views.view(d, child.displayName()), child.grant().isFamily()));
      }
    }
    return out;
  }

  /** A disagreement someone may see, and whether it is their own family's. */
  private record Seen(DisagreementView view, boolean family) {}

  /** The disagreements of one child the person may see, for its deadlines. */
  List<DisagreementView> aboutChild(CurrentUser user, UUID childId) {
    return access
        .grant(user, childId)
        .filter(DisagreementRights::maySeeAny)
        .map(
            grant ->
                disagreements.ofChild(childId).stream()
                    .filter(d -> !user.id().equals(d.aboutStaffId()))
                    .map(d -> views.view(d, null))
                    .toList())
        .orElse(List.of());
  }

  private void requireSee(AccessibleChild child) {
    if (!maySee(child)) {
      throw NotFound.error();
    }
  }

  private Disagreement find(AccessibleChild child, UUID disagreementId) {
    return disagreements
        .findById(disagreementId)
        .filter(d -> d.childId().equals(child.id()))
        .filter(d -> DisagreementRights.maySee(child.grant(), child.user().id(), d.aboutStaffId()))
        .orElseThrow(NotFound::error);
  }

  /** Today in England, as the disagreements count it. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A disagreement opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, DisagreementView disagreement) {}
}
