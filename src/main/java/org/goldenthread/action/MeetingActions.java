package org.goldenthread.action;

import static org.goldenthread.child.Happened.day;
import static org.goldenthread.child.Happened.words;
import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions agreed at meetings: each has one owner (a team member or a parent with an account), a due
 * date and a status; an open one past its due date (in England) is overdue. They show on the
 * meeting's pages, the child's page and in the owner's home. What an action needs of its meeting
 * (who runs it, its date, who may own an action) comes through {@link ActionMeetings}.
 */
@Service
@Transactional(readOnly = true)
public class MeetingActions {

  static final int MAX_DESCRIPTION = 2000;

  private final ActionMeetings meetings;
  private final AgreedActionRepository actions;
  private final Children children;
  private final ChildAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MeetingActions(
      ActionMeetings meetings,
      AgreedActionRepository actions,
      Children children,
      ChildAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.meetings = meetings;
    this.actions = actions;
    this.children = children;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The actions agreed at the child's meeting, by due date. */
  public List<ActionView> forMeeting(AccessibleChild child, UUID meetingId) {
    LocalDate today = today();
    return actions.findByMeetingIdOrderByDueOnAscCreatedAtAsc(meetingId).stream()
        .filter(action -> action.childId().equals(child.id()))
        .map(action -> action.view(child.displayName(), today))
        .toList();
  }

  /** Every action agreed for the child, by due date. */
  public List<ActionView> forChild(AccessibleChild child) {
    LocalDate today = today();
    return actions.ofChildren(List.of(child.id())).get(child.id()).stream()
        .map(action -> action.view(child.displayName(), today))
        .toList();
  }

  /** The open actions this person owns, across the children they may see, by due date. */
  public List<ActionView> openOwnedBy(CurrentUser user) {
    List<AgreedAction> open = actions.findOpenOwnedBy(user.id());
    Set<UUID> visible =
        access.visibleAmong(
            user, open.stream().map(AgreedAction::childId).collect(Collectors.toSet()));
    Map<UUID, String> names = children.displayNames(visible);
    LocalDate today = today();
    return open.stream()
        .filter(action -> visible.contains(action.childId()))
        .map(action -> action.view(names.get(action.childId()), today))
        .toList();
  }

  /**
   * Every open action due from {@code from} to {@code until} (both included), whoever owns it: for
   * a job that reminds each owner (who is asked the child's door before anything reaches them), not
   * for any person's eyes.
   */
  public List<ActionView> openDueBetween(LocalDate from, LocalDate until) {
    List<AgreedAction> open = actions.findOpenDueBetween(from, until);
    Map<UUID, String> names =
        children.displayNames(open.stream().map(AgreedAction::childId).collect(Collectors.toSet()));
    LocalDate today = today();
    return open.stream().map(action -> action.view(names.get(action.childId()), today)).toList();
  }

  /** One action. */
  public ActionView get(AccessibleAction action) {
    return load(action).view(action.child().displayName(), today());
  }

  /** The meeting the action was agreed at, as its pages show it. */
  ActionMeeting meetingOf(AccessibleAction action) {
    return meetings.of(action.child(), action.meetingId());
  }

  /**
   * Agrees an action at the child's meeting that is booked or held (not yet closed). Its due date
   * may not be before the meeting's date.
   */
  @Transactional
  public ActionView add(AccessibleChild child, UUID meetingId, ActionInput entered) {
    ActionMeeting meeting = meetings.forAgreeing(child, meetingId);
    if (!meeting.mayRun()) {
      throw ActionAccess.forbidden();
    }
    if (!meeting.booked()) {
      throw ValidationProblem.of("status", "meeting.error.notBooked");
    }
    List<FieldMessage> problems = new ArrayList<>();
    String description = description(entered.description(), problems);
    String ownerName = owner(child, meeting, entered.ownerId(), problems);
    dueOn(entered.dueOn(), meeting, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    AgreedAction action =
        actions.saveAndFlush(
            new AgreedAction(
                meeting.id(),
                child.id(),
                description,
                entered.ownerId(),
                ownerName,
                entered.dueOn(),
                clock.instant()));
    changed(
        child,
        ChildRecordChanged.Action.CREATE,
        Happened.of(
            "audit.what.action.agreed",
            words("audit.meeting." + meeting.kind()),
            day(meeting.date()),
            written(ownerName)));
    return action.view(child.displayName(), today());
  }

  /**
   * Changes an action. Its owner may change its status; those who run the meeting may change
   * everything. Dropping needs a reason.
   */
  @Transactional
  public ActionView update(AccessibleAction who, long version, ActionUpdate change) {
    AgreedAction action = loadForChange(who);
    AccessibleChild child = who.child();
    ActionMeeting meeting = meetings.of(child, action.meetingId());
    boolean owns = action.ownerId().equals(child.user().id());
    boolean onlyStatus =
        change.description() == null && change.ownerId() == null && change.dueOn() == null;
    if (!meeting.mayRun() && !(owns && onlyStatus)) {
      throw ActionAccess.forbidden();
    }
    EditConflict.check(version, action.version());
    List<FieldMessage> problems = new ArrayList<>();
    String description =
        change.description() == null
            ? action.description()
            : description(change.description(), problems);
    boolean sameOwner = change.ownerId() == null || change.ownerId().equals(action.ownerId());
    UUID ownerId = sameOwner ? action.ownerId() : change.ownerId();
    String ownerName =
        sameOwner ? action.ownerName() : owner(child, meeting, change.ownerId(), problems);
    LocalDate dueOn = change.dueOn() == null ? action.dueOn() : change.dueOn();
    if (change.dueOn() != null) {
      dueOn(dueOn, meeting, problems);
    }
    ActionStatus status = change.status() == null ? action.status() : change.status();
    String reason = trim(change.reason());
    if (status == ActionStatus.DROPPED && reason == null) {
      reason = change.status() == null ? action.reason() : null;
      if (reason == null) {
        problems.add(new FieldMessage("reason", "meeting.error.dropReason"));
      }
    } else if (reason != null && reason.length() > MAX_DESCRIPTION) {
      problems.add(new FieldMessage("reason", "meeting.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    action.change(description, ownerId, ownerName, dueOn, clock.instant());
    action.status(status, reason, clock.instant());
    actions.saveAndFlush(action);
    changed(
        child,
        ChildRecordChanged.Action.UPDATE,
        Happened.of(
            "audit.what.action.changed",
            written(action.description()),
            written(action.ownerName()),
            words("audit.action.status." + status.name())));
    return action.view(child.displayName(), today());
  }

  private AgreedAction load(AccessibleAction action) {
    return actions.findById(action.id()).orElseThrow(NotFound::error);
  }

  /** The action, locked until the transaction ends: of two changes at once, the second is a 409. */
  private AgreedAction loadForChange(AccessibleAction action) {
    return actions.findForChange(action.id()).orElseThrow(NotFound::error);
  }

  /** The owner's name, when they may own an action of the meeting; otherwise a problem. */
  private String owner(
      AccessibleChild child, ActionMeeting meeting, UUID ownerId, List<FieldMessage> problems) {
    if (ownerId == null) {
      problems.add(new FieldMessage("ownerId", "meeting.error.owner"));
      return null;
    }
    Optional<String> name = meetings.ownerName(child, meeting.id(), ownerId);
    if (name.isEmpty()) {
      problems.add(new FieldMessage("ownerId", "meeting.error.ownerNotOnTeam"));
    }
    return name.orElse(null);
  }

  private static String description(String entered, List<FieldMessage> problems) {
    String description = trim(entered);
    if (description == null) {
      problems.add(new FieldMessage("description", "meeting.error.actionDescription"));
    } else if (description.length() > MAX_DESCRIPTION) {
      problems.add(new FieldMessage("description", "meeting.error.tooLong"));
    }
    return description;
  }

  private static void dueOn(LocalDate dueOn, ActionMeeting meeting, List<FieldMessage> problems) {
    if (dueOn == null) {
      problems.add(new FieldMessage("dueOn", "meeting.error.dueOn"));
    } else if (dueOn.isBefore(meeting.date())) {
      problems.add(new FieldMessage("dueOn", "meeting.error.dueBeforeMeeting"));
    }
  }

  /** What was typed without the spaces around it; null when nothing is left. */
  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action kind, Happened what) {
    events.publishEvent(child.changed(kind, what));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
