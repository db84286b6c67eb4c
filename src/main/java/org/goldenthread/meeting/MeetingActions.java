package org.goldenthread.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
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
 * child's page and in the owner's home.
 */
@Service
@Transactional(readOnly = true)
public class MeetingActions {

  static final int MAX_DESCRIPTION = 2000;

  private final Meetings meetings;
  private final AgreedActionRepository actions;
  private final InviteeChoices choices;
  private final ChildAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MeetingActions(
      Meetings meetings,
      AgreedActionRepository actions,
      InviteeChoices choices,
      ChildAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.meetings = meetings;
    this.actions = actions;
    this.choices = choices;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The meeting's actions, by due date. */
  public List<ActionView> forMeeting(AccessibleMeeting meeting) {
    String name = meetings.childName(meeting.child().id());
    LocalDate today = today();
    return actions.findByMeetingIdOrderByDueOnAscCreatedAtAsc(meeting.id()).stream()
        .map(action -> action.view(name, today))
        .toList();
  }

  /** Every action agreed for the child, by due date. */
  public List<ActionView> forChild(AccessibleChild child) {
    String name = meetings.childName(child.id());
    LocalDate today = today();
    return actions.findByChildIdOrderByDueOnAscCreatedAtAsc(child.id()).stream()
        .map(action -> action.view(name, today))
        .toList();
  }

  /** The open actions this person owns, across the children they may see, by due date. */
  public List<ActionView> openOwnedBy(CurrentUser user) {
    List<AgreedAction> open =
        actions.findByOwnerIdAndStatusOrderByDueOnAsc(user.id(), ActionStatus.OPEN);
    Set<UUID> visible =
        access.visibleAmong(
            user, open.stream().map(AgreedAction::childId).collect(Collectors.toSet()));
    Map<UUID, String> names = meetings.childNames(visible);
    LocalDate today = today();
    return open.stream()
        .filter(action -> visible.contains(action.childId()))
        .map(action -> action.view(names.get(action.childId()), today))
        .toList();
  }

  /** One action. */
  public ActionView get(AccessibleAction action) {
    return load(action).view(meetings.childName(action.meeting().child().id()), today());
  }

  /**
   * Agrees an action at a meeting that is booked or held (not yet closed). Its due date may not be
   * before the meeting's date.
   */
  @Transactional
  public ActionView add(AccessibleMeeting who, ActionInput entered) {
    Meeting meeting = meetings.loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    if (meeting.storedStatus() != MeetingStatus.BOOKED) {
      throw ValidationProblem.of("status", "meeting.error.notBooked");
    }
    List<FieldMessage> problems = new ArrayList<>();
    String description = description(entered.description(), problems);
    Invitable owner = owner(who.child(), meeting, entered.ownerId(), problems);
    dueOn(entered.dueOn(), meeting, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    AgreedAction action =
        actions.saveAndFlush(
            new AgreedAction(
                meeting.id(),
                meeting.childId(),
                description,
                owner.userId(),
                owner.name(),
                entered.dueOn(),
                clock.instant()));
    changed(
        who,
        ChildRecordChanged.Action.CREATE,
        "Agreed an action for " + owner.name() + " at " + Meetings.what(meeting));
    return action.view(meetings.childName(meeting.childId()), today());
  }

  /**
   * Changes an action. Its owner may change its status; those who run the meeting may change
   * everything. Dropping needs a reason.
   */
  @Transactional
  public ActionView update(AccessibleAction who, long version, ActionUpdate change) {
    AgreedAction action = loadForChange(who);
    AccessibleMeeting meeting = who.meeting();
    Meeting stored = meetings.load(meeting);
    boolean runs = MeetingRules.mayRun(meeting.child(), stored);
    boolean owns = action.ownerId().equals(meeting.user().id());
    boolean onlyStatus =
        change.description() == null && change.ownerId() == null && change.dueOn() == null;
    if (!runs && !(owns && onlyStatus)) {
      throw MeetingAccess.forbidden();
    }
    EditConflict.check(version, action.version());
    List<FieldMessage> problems = new ArrayList<>();
    String description =
        change.description() == null
            ? action.description()
            : description(change.description(), problems);
    Invitable owner =
        change.ownerId() == null || change.ownerId().equals(action.ownerId())
            ? new Invitable(action.ownerId(), action.ownerName(), null, false)
            : owner(meeting.child(), stored, change.ownerId(), problems);
    LocalDate dueOn = change.dueOn() == null ? action.dueOn() : change.dueOn();
    if (change.dueOn() != null) {
      dueOn(dueOn, stored, problems);
    }
    ActionStatus status = change.status() == null ? action.status() : change.status();
    String reason = MeetingInput.trim(change.reason());
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
    action.change(description, owner.userId(), owner.name(), dueOn, clock.instant());
    action.status(status, reason, clock.instant());
    actions.saveAndFlush(action);
    changed(
        meeting,
        ChildRecordChanged.Action.UPDATE,
        "Changed the action \""
            + action.description()
            + "\" of "
            + action.ownerName()
            + " (now "
            + status.name().toLowerCase(java.util.Locale.ROOT)
            + ")");
    return action.view(meetings.childName(action.childId()), today());
  }

  private AgreedAction load(AccessibleAction action) {
    return actions.findById(action.id()).orElseThrow(NotFound::error);
  }

  /** The action, locked until the transaction ends: of two changes at once, the second is a 409. */
  private AgreedAction loadForChange(AccessibleAction action) {
    return actions.findForChange(action.id()).orElseThrow(NotFound::error);
  }

  /**
   * The owner: someone invited to the meeting who may still see the child, or who could be invited
   * (a parent or team member).
   */
  private Invitable owner(
      AccessibleChild child, Meeting meeting, UUID ownerId, List<FieldMessage> problems) {
    if (ownerId == null) {
      problems.add(new FieldMessage("ownerId", "meeting.error.owner"));
      return null;
    }
    Invitable owner =
        meeting.invitees().stream()
            .filter(i -> i.userId().equals(ownerId))
            .filter(i -> choices.maySee(i.userId(), child.id()))
            .map(i -> new Invitable(i.userId(), i.view().name(), null, false))
            .findFirst()
            .orElseGet(
                () ->
                    choices.of(child).stream()
                        .filter(c -> c.userId().equals(ownerId))
                        .findFirst()
                        .orElse(null));
    if (owner == null) {
      problems.add(new FieldMessage("ownerId", "meeting.error.ownerNotOnTeam"));
    }
    return owner;
  }

  private static String description(String entered, List<FieldMessage> problems) {
    String description = MeetingInput.trim(entered);
    if (description == null) {
      problems.add(new FieldMessage("description", "meeting.error.actionDescription"));
    } else if (description.length() > MAX_DESCRIPTION) {
      problems.add(new FieldMessage("description", "meeting.error.tooLong"));
    }
    return description;
  }

  private static void dueOn(LocalDate dueOn, Meeting meeting, List<FieldMessage> problems) {
    if (dueOn == null) {
      problems.add(new FieldMessage("dueOn", "meeting.error.dueOn"));
    } else if (dueOn.isBefore(MeetingTimes.dateOf(meeting.startsAt()))) {
      problems.add(new FieldMessage("dueOn", "meeting.error.dueBeforeMeeting"));
    }
  }

  private void changed(AccessibleMeeting who, ChildRecordChanged.Action kind, String what) {
    events.publishEvent(who.child().changed(kind, what));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
