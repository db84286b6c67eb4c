package org.goldenthread.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Happened;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early concerns: a parent, the young person or school staff records what they have noticed, and
 * the school has 15 school days to decide what to do about it ({@link ConcernDecisions}). A concern
 * still without a decision after that is late, for everyone to see.
 */
@Service
@Transactional(readOnly = true)
public class Concerns {

  /** The school days the school has to give its decision. */
  public static final int ANSWER_SCHOOL_DAYS = 15;

  private final ConcernRepository concerns;
  private final ChildAccess access;
  private final SchoolDays schoolDays;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Concerns(
      ConcernRepository concerns,
      ChildAccess access,
      SchoolDays schoolDays,
      ApplicationEventPublisher events,
      Clock clock) {
    this.concerns = concerns;
    this.access = access;
    this.schoolDays = schoolDays;
    this.events = events;
    this.clock = clock;
  }

  /** The child's concerns, newest first, a page at a time. */
  public PageOf<ConcernView> forChild(AccessibleChild child, int page, int size) {
    PageRequest asked = PageOf.request(page, size);
    LocalDate today = today();
    return PageOf.of(
        concerns.findOfChild(
            child.id(),
            PageRequest.of(
                asked.getPageNumber(),
                asked.getPageSize(),
                Sort.by(Sort.Order.desc("raisedOn"), Sort.Order.desc("raisedAt")))),
        concern -> concern.view(child.displayName(), today, clock.instant()));
  }

  /** Every concern about the child, newest first (read once per page view). */
  public List<ConcernView> allForChild(AccessibleChild child) {
    LocalDate today = today();
    return concerns.ofChild(child.id()).stream()
        .map(concern -> concern.view(child.displayName(), today, clock.instant()))
        .toList();
  }

  /** Whether any concern has been raised about the child. */
  public boolean anyFor(AccessibleChild child) {
    return !concerns.ofChild(child.id()).isEmpty();
  }

  /** The child's concern, or 404. */
  public ConcernView get(AccessibleChild child, UUID concernId) {
    return concerns
        .findById(concernId)
        .filter(c -> c.childId().equals(child.id()))
        .orElseThrow(NotFound::error)
        .view(child.displayName(), today(), clock.instant());
  }

  /** The concern, for someone who may see its child; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID concernId) {
    if (user == null || concernId == null) {
      throw NotFound.error();
    }
    Concern concern = concerns.findById(concernId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, concern.childId());
    return new Opened(child, concern.view(child.displayName(), today(), clock.instant()));
  }

  /** The same, recorded in the child's audit trail as a read (a write, so not read-only). */
  @Transactional
  public Opened read(CurrentUser user, UUID concernId) {
    Opened opened = open(user, concernId);
    AccessibleChild child = opened.child();
    events.publishEvent(
        new ChildRecordRead(
            child.id(),
            user.id(),
            user.displayName(),
            child.grant().principal(),
            "audit.part.concern"));
    return opened;
  }

  public boolean mayRaise(AccessibleChild child) {
    return ConcernRights.raiser(child).isPresent();
  }

  /** Whether the person may record the decision on this concern now. */
  public boolean mayDecide(AccessibleChild child, ConcernView concern) {
    return concern.open() && ConcernRights.mayDecide(child);
  }

  /** The decisions the person may record about the child's concerns. */
  public Set<ConcernDecision> decisionsFor(AccessibleChild child) {
    return ConcernRights.decisions(child);
  }

  /** Raises a concern, today, with the day the school's decision is due. */
  @Transactional
  public ConcernView raise(AccessibleChild child, ConcernInput input) {
    RaisedBy by = ConcernRights.raiser(child).orElseThrow(ChildAccess::forbidden);
    List<FieldMessage> problems = new ArrayList<>();
    ConcernInput checked =
        new ConcernInput(
            ConcernTexts.required(input.noticed(), "noticed", "concern.error.noticed", problems),
            ConcernTexts.optional(input.examples(), "examples", ConcernTexts.MOST_TEXT, problems),
            ConcernTexts.optional(input.tried(), "tried", ConcernTexts.MOST_TEXT, problems),
            ConcernTexts.optional(
                input.childSays(), "childSays", ConcernTexts.MOST_TEXT, problems));
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    LocalDate today = today();
    CurrentUser user = child.user();
    Concern concern =
        concerns.saveAndFlush(
            new Concern(
                child.id(),
                child.schoolId(),
                checked,
                today,
                answerDue(child.schoolId(), today),
                user.id(),
                user.displayName(),
                by,
                clock.instant()));
    events.publishEvent(
        child.changed(ChildRecordChanged.Action.CREATE, Happened.of("audit.what.concern.raised")));
    events.publishEvent(
        new ConcernRaised(
            concern.id(), child.id(), concern.answerDueOn(), user.id(), user.displayName(), by));
    return concern.view(child.displayName(), today, clock.instant());
  }

  /** When the school's decision on a concern raised on the day is due: 15 school days on. */
  public LocalDate answerDue(UUID schoolId, LocalDate raisedOn) {
    return schoolDays.plusSchoolDays(schoolId, raisedOn, ANSWER_SCHOOL_DAYS);
  }

  /** Today in England, as the concerns count it. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A concern opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, ConcernView concern) {}
}
