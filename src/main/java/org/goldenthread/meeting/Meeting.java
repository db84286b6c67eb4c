package org.goldenthread.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A meeting as stored. Its status is one of DRAFT, BOOKED, CLOSED, CANCELLED (HELD is derived). */
@Entity
@Table(name = "meeting")
class Meeting {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingKind kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false)
  private String location;

  @Column(name = "organiser_id", nullable = false)
  private UUID organiserId;

  @Column(name = "organiser_name", nullable = false)
  private String organiserName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingStatus status;

  @Column(name = "calendar_uid", nullable = false)
  private String calendarUid;

  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  private String notes;

  @Column(name = "parent_view")
  private String parentView;

  @Column(name = "child_view")
  private String childView;

  private String decisions;

  @Column(name = "follow_up_on")
  private LocalDate followUpOn;

  @Column(name = "no_follow_up_reason")
  private String noFollowUpReason;

  @Column(name = "follow_up_meeting_id")
  private UUID followUpMeetingId;

  @Column(name = "previous_meeting_id")
  private UUID previousMeetingId;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "meeting_invitee", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<Invitee> invitees = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false)
  private List<String> agenda = new ArrayList<>();

  @Version private long version;

  protected Meeting() {}

  Meeting(
      UUID childId,
      UUID organiserId,
      String organiserName,
      MeetingStatus status,
      Instant now,
      String calendarDomain) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.organiserId = organiserId;
    this.organiserName = organiserName;
    this.status = status;
    this.createdAt = now;
    this.calendarUid = id + "@" + calendarDomain;
  }

  void arrange(
      MeetingKind kind,
      Instant startsAt,
      int durationMinutes,
      String location,
      List<Invitee> invitees,
      List<String> agenda) {
    this.kind = kind;
    this.startsAt = startsAt;
    this.durationMinutes = durationMinutes;
    this.location = location;
    this.invitees.clear();
    this.invitees.addAll(invitees);
    this.agenda.clear();
    this.agenda.addAll(agenda);
  }

  /** The status as people see it now: a booked meeting whose start has passed has been held. */
  MeetingStatus statusAt(Instant now) {
    return status == MeetingStatus.BOOKED && startedBy(now) ? MeetingStatus.HELD : status;
  }

  /**
   * Takes the person off the invitees, as if never invited: nobody's mail or calendar file names
   * them any more. Answers the name they were invited under, or null when they were not invited.
   */
  String uninvite(UUID userId) {
    String name =
        invitees.stream()
            .filter(invitee -> invitee.userId().equals(userId))
            .map(invitee -> invitee.view().name())
            .findFirst()
            .orElse(null);
    invitees.removeIf(invitee -> invitee.userId().equals(userId));
    return name;
  }

  /** Whether its start time has come: only then can it have been held, minuted and closed. */
  boolean startedBy(Instant now) {
    return !startsAt.isAfter(now);
  }

  /** Whether the meeting is still to be held: a draft, or booked and not yet started. */
  boolean notYetHeldAt(Instant now) {
    return open() && startsAt.isAfter(now);
  }

  /** A new calendar SEQUENCE for an update or cancellation sent to the invitees. */
  void nextSequence() {
    calendarSequence++;
  }

  void book() {
    this.status = MeetingStatus.BOOKED;
  }

  void cancel() {
    this.status = MeetingStatus.CANCELLED;
  }

  void record(Minutes minutes) {
    this.notes = minutes.notes();
    this.parentView = minutes.parentView();
    this.childView = minutes.childView();
    this.decisions = minutes.decisions();
  }

  void close(LocalDate followUpOn, String noFollowUpReason, Instant now) {
    this.status = MeetingStatus.CLOSED;
    this.followUpOn = followUpOn;
    this.noFollowUpReason = noFollowUpReason;
    this.closedAt = now;
  }

  void followedBy(UUID followUpMeetingId) {
    this.followUpMeetingId = followUpMeetingId;
  }

  void follows(UUID previousMeetingId) {
    this.previousMeetingId = previousMeetingId;
  }

  boolean open() {
    return status == MeetingStatus.DRAFT || status == MeetingStatus.BOOKED;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  MeetingKind kind() {
    return kind;
  }

  Instant startsAt() {
    return startsAt;
  }

  Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  int durationMinutes() {
    return durationMinutes;
  }

  String location() {
    return location;
  }

  UUID organiserId() {
    return organiserId;
  }

  String organiserName() {
    return organiserName;
  }

  MeetingStatus storedStatus() {
    return status;
  }

  String calendarUid() {
    return calendarUid;
  }

  int calendarSequence() {
    return calendarSequence;
  }

  List<Invitee> invitees() {
    return List.copyOf(invitees);
  }

  List<String> agenda() {
    return List.copyOf(agenda);
  }

  Minutes minutes() {
    return new Minutes(notes, parentView, childView, decisions);
  }

  LocalDate followUpOn() {
    return followUpOn;
  }

  UUID followUpMeetingId() {
    return followUpMeetingId;
  }

  long version() {
    return version;
  }

  boolean invites(UUID userId) {
    return invitees.stream().anyMatch(invitee -> invitee.userId().equals(userId));
  }

  boolean withParents() {
    return invitees.stream().anyMatch(invitee -> invitee.view().parent());
  }

  MeetingView view(String childName, Instant now) {
    List<InviteeView> people = invitees.stream().map(Invitee::view).toList();
    return new MeetingView(
        id,
        childId,
        childName,
        kind,
        startsAt,
        endsAt(),
        durationMinutes,
        location,
        people.stream().map(InviteeView::userId).toList(),
        people,
        List.copyOf(agenda),
        organiserId,
        organiserName,
        statusAt(now),
        minutes(),
        followUpOn,
        noFollowUpReason,
        followUpMeetingId,
        previousMeetingId,
        closedAt,
        calendarUid,
        calendarSequence,
        version);
  }
}
