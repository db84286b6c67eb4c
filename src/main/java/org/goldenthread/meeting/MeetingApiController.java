package org.goldenthread.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One meeting through the API: reading and changing it, its preparation, minutes, actions, closing
 * and calendar file. Every route takes an {@link AccessibleMeeting}, so goes through the child's
 * door.
 */
@RestController
@RequestMapping("/api/v1/meetings/{meetingId}")
@Tag(name = "Meetings")
class MeetingApiController {

  private final Meetings meetings;
  private final MeetingClosing closing;
  private final MeetingPreparation preparation;
  private final MeetingActions actions;

  MeetingApiController(
      Meetings meetings,
      MeetingClosing closing,
      MeetingPreparation preparation,
      MeetingActions actions) {
    this.meetings = meetings;
    this.closing = closing;
    this.preparation = preparation;
    this.actions = actions;
  }

  @GetMapping
  @Operation(
      operationId = "getMeeting",
      summary = "The meeting; status HELD once a booked meeting's time has come")
  MeetingView get(AccessibleMeeting meeting) {
    return meetings.get(meeting);
  }

  @PutMapping
  @Operation(
      operationId = "updateMeeting",
      summary =
          "Change the meeting (fields left out stay as they are; send the version you read,"
              + " stale: 409). status CANCELLED cancels it, BOOKED books a draft. The invitees of a"
              + " booked meeting get an update with the same calendar UID and a higher SEQUENCE")
  MeetingView update(AccessibleMeeting meeting, @RequestBody MeetingRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    MeetingStatus status = body.status();
    if (status == MeetingStatus.CANCELLED) {
      return meetings.cancel(meeting, body.version());
    }
    if (status != null && status != MeetingStatus.BOOKED && status != MeetingStatus.DRAFT) {
      throw ValidationProblem.of("status", "meeting.error.statusChange");
    }
    MeetingView view = meetings.get(meeting);
    boolean book = status == MeetingStatus.BOOKED && view.status() == MeetingStatus.DRAFT;
    if (body.changesDetails()) {
      return book
          ? meetings.updateAndBook(meeting, body.version(), body.details())
          : meetings.update(meeting, body.version(), body.details());
    }
    return book ? meetings.book(meeting, body.version()) : view;
  }

  @PutMapping("/minutes")
  @Operation(
      operationId = "updateMeetingMinutes",
      summary =
          "Write the minutes (notes, parentView, childView, decisions) of a booked meeting once"
              + " it has started (before: 409 /problems/meeting-not-started) and before closing"
              + " it; send the meeting's version")
  MeetingView minutes(AccessibleMeeting meeting, @RequestBody MinutesRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    return meetings.recordMinutes(
        meeting,
        body.version(),
        new Minutes(body.notes(), body.parentView(), body.childView(), body.decisions()));
  }

  @PostMapping("/close")
  @Operation(
      operationId = "closeMeeting",
      summary =
          "Close with minutes and followUpOn (a draft of the next meeting is made) or"
              + " noFollowUpReason; neither is a 400 naming both, and before the meeting has"
              + " started it is a 409 /problems/meeting-not-started. Without the version read,"
              + " minutes that would replace different minutes already kept are a 409. The"
              + " invitees are emailed the summary")
  MeetingView close(AccessibleMeeting meeting, @RequestBody CloseRequest body) {
    closing.close(
        meeting,
        body.version(),
        new Closing(body.minutes(), body.followUpOn(), body.noFollowUpReason()));
    return meetings.get(meeting);
  }

  @GetMapping("/next")
  @Operation(
      operationId = "getNextMeeting",
      summary = "What happens next: who does what by when, and the next meeting")
  WhatHappensNext next(AccessibleMeeting meeting) {
    return closing.whatHappensNext(meeting);
  }

  @GetMapping("/preparation")
  @Operation(
      operationId = "listMeetingPreparation",
      summary =
          "The preparation you may read (for the invitees; chair-only items for their author and"
              + " the organiser)")
  PageOf<ContributionView> preparation(
      AccessibleMeeting meeting,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(preparation.list(meeting), page, size);
  }

  @PostMapping("/preparation")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addMeetingPreparation",
      summary =
          "Add preparation (invitees): kind PARENT_KEY_POINTS, QUESTION, WORKS_AT_HOME,"
              + " CHILD_SAID, CHILD_VIEWS (with howGathered), PROFESSIONAL_UPDATE or OTHER")
  ContributionView prepare(AccessibleMeeting meeting, @RequestBody ContributionRequest body) {
    return preparation.add(
        meeting,
        new ContributionInput(
            body.kind(), body.text(), body.howGathered(), Boolean.TRUE.equals(body.chairOnly())));
  }

  @GetMapping("/actions")
  @Operation(
      operationId = "listMeetingActions",
      summary = "The actions agreed at the meeting, by due date, overdue marked")
  PageOf<ActionView> actions(
      AccessibleMeeting meeting,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(actions.forMeeting(meeting.child(), meeting.id()), page, size);
  }

  @PostMapping("/actions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addMeetingAction",
      summary = "Agree an action: description, ownerId (a parent or team member), dueOn")
  ActionView addAction(AccessibleMeeting meeting, @RequestBody ActionRequest body) {
    return actions.add(
        meeting.child(),
        meeting.id(),
        new ActionInput(body.description(), body.ownerId(), body.dueOn()));
  }

  @GetMapping(value = "/invite.ics", produces = "text/calendar")
  @Operation(
      operationId = "getMeetingCalendar",
      summary = "The meeting's iCalendar file (RFC 5545)")
  ResponseEntity<String> calendar(AccessibleMeeting meeting) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("meeting.ics").build().toString())
        .body(meetings.calendar(meeting));
  }

  /** Minutes as the API receives them. */
  record MinutesRequest(
      String notes, String parentView, String childView, String decisions, Long version) {}

  /** Closing (api.md "Closing"), with the version read when it is sent. */
  record CloseRequest(
      String minutes, LocalDate followUpOn, String noFollowUpReason, Long version) {}

  /** A piece of preparation as the API receives it. */
  record ContributionRequest(
      ContributionKind kind, String text, String howGathered, Boolean chairOnly) {}

  /** An action as the API receives it. */
  record ActionRequest(String description, UUID ownerId, LocalDate dueOn) {}
}
