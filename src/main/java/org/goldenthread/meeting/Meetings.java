package org.goldenthread.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's meetings: arranging one (the invitation goes out with its calendar file), changing or
 * cancelling it (an update with the same UID and a higher SEQUENCE), the minutes, and the calendar
 * file itself. A meeting that is already over when it is booked or changed is being recorded after
 * the event: no mail goes out for it. Closing is in {@link MeetingClosing}; preparation, actions
 * and the three a year have their own services.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

  private final MeetingRepository meetings;
  private final MeetingInput input;
  private final InviteeChoices choices;
  private final DefaultAgenda agenda;
  private final MeetingNotices notices;
  private final Children children;
  private final ChildAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Meetings(
      MeetingRepository meetings,
      MeetingInput input,
      InviteeChoices choices,
      DefaultAgenda agenda,
      MeetingNotices notices,
      Children children,
      ChildAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.meetings = meetings;
    this.input = input;
    this.choices = choices;
    this.agenda = agenda;
    this.notices = notices;
    this.children = children;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The child's meetings, latest first. */
  public List<MeetingView> forChild(AccessibleChild child) {
    String name = childName(child.id());
    Instant now = clock.instant();
    return meetings.ofChild(child.id()).stream().map(meeting -> meeting.view(name, now)).toList();
  }

  /** One meeting. */
  public MeetingView get(AccessibleMeeting meeting) {
    return view(load(meeting));
  }

  /** What this person may do with the meeting. */
  public MeetingRights rights(AccessibleMeeting meeting) {
    return MeetingRules.rights(meeting.child(), load(meeting));
  }

  /** Whether this person may arrange meetings for the child (school staff and the team). */
  public boolean mayArrange(AccessibleChild child) {
    return MeetingRules.mayArrange(child);
  }

  /** Who may be invited (and own actions): parents with an account, and the team. */
  public List<Invitable> invitable(AccessibleChild child) {
    return choices.of(child);
  }

  /**
   * The parents with no account yet, whom every letter about the child's meetings reaches by email.
   */
  public List<String> invitedByEmail(AccessibleChild child) {
    return choices.byEmail(child);
  }

  /** Whether the person may see the child now (an action is never given to someone who may not). */
  boolean maySee(UUID userId, UUID childId) {
    return choices.maySee(userId, childId);
  }

  /** The agenda a new meeting of this kind starts with, beginning with the child's strengths. */
  public List<String> defaultAgenda(AccessibleChild child, MeetingKind kind) {
    return agenda.of(child, givenName(child.id()), kind, false);
  }

  /**
   * Arranges a meeting. Booked at once (the invitations go out) unless {@code draft}; the organiser
   * and the parents are always invited.
   *
   * @throws ValidationProblem when something entered breaks a rule (nothing is saved)
   */
  @Transactional
  public MeetingView create(AccessibleChild child, MeetingDetails details, boolean draft) {
    MeetingRules.requireArrange(child);
    CurrentUser user = child.user();
    MeetingDetails checked = input.forNew(details);
    Meeting meeting =
        new Meeting(
            child.id(),
            user.id(),
            user.displayName(),
            draft ? MeetingStatus.DRAFT : MeetingStatus.BOOKED,
            clock.instant(),
            notices.calendarDomain());
    meeting.arrange(
        checked.kind(),
        checked.startsAt(),
        checked.durationMinutes(),
        checked.location(),
        choices.invitees(child, user.id(), user.displayName(), checked.inviteeIds(), List.of()),
        checked.agenda() == null || checked.agenda().isEmpty()
            ? agenda.of(child, givenName(child.id()), checked.kind(), false)
            : checked.agenda());
    meeting = meetings.saveAndFlush(meeting);
    String name = childName(child.id());
    if (!draft && stillToCome(meeting)) {
      events.publishEvent(
          new MeetingBooked(notices.notice(meeting, child, CalendarFile.Method.REQUEST)));
    }
    changed(
        child,
        ChildRecordChanged.Action.CREATE,
        happened(draft ? "audit.what.meeting.drafted" : "audit.what.meeting.booked", meeting));
    return meeting.view(name, clock.instant());
  }

  /**
   * Changes a draft or booked meeting; a field left null stays as it is. A booked meeting's
   * invitees get an update (same UID, higher SEQUENCE); anyone no longer invited a cancellation.
   */
  @Transactional
  public MeetingView update(AccessibleMeeting who, long version, MeetingDetails details) {
    Meeting meeting = loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    EditConflict.check(version, meeting.version());
    requireOpen(meeting);
    MeetingDetails checked = input.forChange(details, meeting);
    List<Invitee> before = meeting.invitees();
    List<Invitee> after =
        choices.invitees(
            who.child(),
            meeting.organiserId(),
            meeting.organiserName(),
            checked.inviteeIds(),
            before);
    meeting.arrange(
        checked.kind(),
        checked.startsAt(),
        checked.durationMinutes(),
        checked.location(),
        after,
        checked.agenda());
    String name = childName(meeting.childId());
    if (meeting.storedStatus() == MeetingStatus.BOOKED && stillToCome(meeting)) {
      meeting.nextSequence();
      meetings.saveAndFlush(meeting);
      List<Invitee> gone = uninvited(before, after);
      events.publishEvent(
          new MeetingChanged(
              notices.notice(meeting, who.child(), CalendarFile.Method.REQUEST),
              notices.recipients(gone),
              gone.isEmpty() ? null : notices.calendar(meeting, name, CalendarFile.Method.CANCEL)));
    } else {
      meetings.saveAndFlush(meeting);
    }
    changed(
        who.child(),
        ChildRecordChanged.Action.UPDATE,
        happened("audit.what.meeting.changed", meeting));
    return meeting.view(name, clock.instant());
  }

  /**
   * Changes a draft and books it, both or neither (the API's PUT with details and status BOOKED).
   */
  @Transactional
  public MeetingView updateAndBook(AccessibleMeeting who, long version, MeetingDetails details) {
    return book(who, update(who, version, details).version());
  }

  /** Books a draft (a follow-up made when the last meeting closed): the invitations go out. */
  @Transactional
  public MeetingView book(AccessibleMeeting who, long version) {
    Meeting meeting = loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    EditConflict.check(version, meeting.version());
    if (meeting.storedStatus() != MeetingStatus.DRAFT) {
      throw ValidationProblem.of("status", "meeting.error.notDraft");
    }
    meeting.book();
    meetings.saveAndFlush(meeting);
    String name = childName(meeting.childId());
    if (stillToCome(meeting)) {
      events.publishEvent(
          new MeetingBooked(notices.notice(meeting, who.child(), CalendarFile.Method.REQUEST)));
    }
    changed(
        who.child(),
        ChildRecordChanged.Action.UPDATE,
        happened("audit.what.meeting.booked", meeting));
    return meeting.view(name, clock.instant());
  }

  /** Calls a meeting off; if it was booked, the invitees get a cancellation (METHOD:CANCEL). */
  @Transactional
  public MeetingView cancel(AccessibleMeeting who, long version) {
    Meeting meeting = loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    EditConflict.check(version, meeting.version());
    requireOpen(meeting);
    boolean wasBooked = meeting.storedStatus() == MeetingStatus.BOOKED && stillToCome(meeting);
    meeting.cancel();
    String name = childName(meeting.childId());
    if (wasBooked) {
      meeting.nextSequence();
      meetings.saveAndFlush(meeting);
      events.publishEvent(
          new MeetingCancelled(notices.notice(meeting, who.child(), CalendarFile.Method.CANCEL)));
    } else {
      meetings.saveAndFlush(meeting);
    }
    changed(
        who.child(),
        ChildRecordChanged.Action.UPDATE,
        happened("audit.what.meeting.cancelled", meeting));
    return meeting.view(name, clock.instant());
  }

  /**
   * Records (or rewrites) the minutes of a booked meeting once it has started, before it is closed.
   *
   * @throws MeetingNotStarted before its start time (409; nothing is saved)
   */
  @Transactional
  public MeetingView recordMinutes(AccessibleMeeting who, long version, Minutes minutes) {
    Meeting meeting = loadForChange(who);
    MeetingRules.requireRun(who.child(), meeting);
    EditConflict.check(version, meeting.version());
    if (meeting.storedStatus() != MeetingStatus.BOOKED) {
      throw ValidationProblem.of("status", "meeting.error.notBooked");
    }
    MeetingNotStarted.check(meeting, clock.instant());
    meeting.record(input.minutes(minutes));
    meetings.saveAndFlush(meeting);
    changed(
        who.child(),
        ChildRecordChanged.Action.UPDATE,
        happened("audit.what.meeting.minutes", meeting));
    return view(meeting);
  }

  /** The meeting's calendar file (RFC 5545): a request, or a cancellation once cancelled. */
  public String calendar(AccessibleMeeting meeting) {
    Meeting stored = load(meeting);
    return notices.calendar(stored, childName(stored.childId()));
  }

  /**
   * When these meetings start, leaving out those called off: for a record held at a meeting (an
   * annual review) whose day follows the meeting's when it is moved.
   */
  public Map<UUID, Instant> startsOf(Collection<UUID> meetingIds) {
    return OncePerPageView.byKey(
        Meetings.class.getName() + ".startsOf",
        meetingIds,
        missing -> instantsById(meetings.startsOfNotCancelled(missing.toArray(UUID[]::new))));
  }

  /**
   * When the last meeting held with the family (a parent invited) began, for each of these children
   * with any: one query, for other capabilities that already went through the door (the contact
   * log's "last in touch").
   */
  public Map<UUID, Instant> lastHeldWithFamily(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return Map.of();
    }
    return instantsById(meetings.lastHeldWithParents(childIds, clock.instant()));
  }

  /** Rows of an id and an instant, as a map. */
  private static Map<UUID, Instant> instantsById(List<Object[]> rows) {
    return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
  }

  /**
   * The meetings still to come (or under way) that this person is invited to, across the children
   * they may see, soonest first; drafts only for their organiser.
   */
  public List<MeetingView> upcomingFor(CurrentUser user) {
    Instant now = clock.instant();
    List<Meeting> inviting =
        meetings.findOpenInviting(user.id()).stream()
            .filter(
                meeting ->
                    meeting.storedStatus() == MeetingStatus.BOOKED
                        || meeting.organiserId().equals(user.id()))
            .filter(meeting -> meeting.endsAt().isAfter(now))
            .toList();
    Set<UUID> childIds = inviting.stream().map(Meeting::childId).collect(Collectors.toSet());
    Set<UUID> visible = access.visibleAmong(user, childIds);
    Map<UUID, String> names = children.displayNames(visible);
    List<MeetingView> found = new ArrayList<>();
    for (Meeting meeting : inviting) {
      if (visible.contains(meeting.childId())) {
        found.add(meeting.view(names.get(meeting.childId()), now));
      }
    }
    found.sort(Comparator.comparing(MeetingView::startsAt));
    return found;
  }

  /**
   * The booked meetings that start from {@code from} until before {@code to}, whoever may see them:
   * for a job that reminds each invitee (who is asked the child's door before anything reaches
   * them), not for any person's eyes.
   */
  public List<MeetingView> bookedStartingBetween(Instant from, Instant to) {
    List<Meeting> found = meetings.findBookedStartingBetween(from, to);
    Map<UUID, String> names =
        children.displayNames(found.stream().map(Meeting::childId).collect(Collectors.toSet()));
    Instant now = clock.instant();
    return found.stream().map(meeting -> meeting.view(names.get(meeting.childId()), now)).toList();
  }

  Meeting load(AccessibleMeeting meeting) {
    return meetings.findById(meeting.id()).orElseThrow(NotFound::error);
  }

  /**
   * The meeting to change, locked until the transaction ends: of two changes at once, the second
   * waits and then finds the version moved on (409), so neither overwrites the other.
   */
  Meeting loadForChange(AccessibleMeeting meeting) {
    return meetings.findForChange(meeting.id()).orElseThrow(NotFound::error);
  }

  MeetingView view(Meeting meeting) {
    return meeting.view(childName(meeting.childId()), clock.instant());
  }

  String childName(UUID childId) {
    return children.find(childId).map(ChildSummary::displayName).orElse("");
  }

  String givenName(UUID childId) {
    return children
        .find(childId)
        .map(c -> c.preferredName() != null ? c.preferredName() : c.givenName())
        .orElse("");
  }

  /**
   * Whether the meeting has not yet ended. One that is over is being recorded after the event, so
   * no invitation, update or cancellation goes out for it.
   */
  private boolean stillToCome(Meeting meeting) {
    return meeting.endsAt().isAfter(clock.instant());
  }

  private static void requireOpen(Meeting meeting) {
    if (!meeting.open()) {
      throw ValidationProblem.of("status", "meeting.error.notOpen");
    }
  }

  private static List<Invitee> uninvited(List<Invitee> before, List<Invitee> after) {
    Set<UUID> still = new HashSet<>(after.stream().map(Invitee::userId).toList());
    return before.stream().filter(i -> !still.contains(i.userId())).toList();
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action action, Happened what) {
    events.publishEvent(child.changed(action, what));
  }

  /**
   * What happened to a meeting, as the audit trail says it: the message takes the meeting's kind
   * ({0}) and day ({1}), then any more arguments ("Booked the {0} on {1}": "Booked the SEN support
   * review on 8 December 2026").
   */
  static Happened happened(String key, Meeting meeting, Happened.Argument... more) {
    List<Happened.Argument> arguments = new ArrayList<>();
    arguments.add(Happened.words("audit.meeting." + meeting.kind().name()));
    arguments.add(Happened.day(MeetingTimes.dateOf(meeting.startsAt())));
    arguments.addAll(List.of(more));
    return new Happened(key, arguments);
  }
}
