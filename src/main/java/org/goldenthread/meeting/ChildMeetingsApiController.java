package org.goldenthread.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A child's meetings, actions and three-a-year rhythm through the API. */
@RestController
@RequestMapping("/api/v1/children/{childId}")
@Tag(name = "Meetings")
class ChildMeetingsApiController {

  private final Meetings meetings;
  private final MeetingActions actions;
  private final MeetingRhythms rhythms;

  ChildMeetingsApiController(Meetings meetings, MeetingActions actions, MeetingRhythms rhythms) {
    this.meetings = meetings;
    this.actions = actions;
    this.rhythms = rhythms;
  }

  @GetMapping("/meetings")
  @Operation(operationId = "listMeetings", summary = "The child's meetings, latest first")
  PageOf<MeetingView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(meetings.forChild(child), page, size);
  }

  @PostMapping("/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "createMeeting",
      summary =
          "Arrange a meeting (school staff and the team): the invitations go out with a calendar"
              + " file unless status is DRAFT. The organiser and the parents with an account are"
              + " always invited; parents with parental responsibility and no account get every"
              + " letter by email, with a link to create one; a missing agenda starts from the"
              + " child's strengths")
  MeetingView create(AccessibleChild child, @RequestBody MeetingRequest body) {
    MeetingStatus status = body.status();
    if (status != null && status != MeetingStatus.DRAFT && status != MeetingStatus.BOOKED) {
      throw ValidationProblem.of("status", "api.error.choice");
    }
    MeetingRules.requireArrange(child);
    return meetings.create(child, body.details(), status == MeetingStatus.DRAFT);
  }

  @GetMapping("/actions")
  @Operation(
      operationId = "listChildActions",
      summary = "Every action agreed at the child's meetings, by due date, overdue marked")
  PageOf<ActionView> actions(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(actions.forChild(child), page, size);
  }

  @GetMapping("/meeting-rhythm")
  @Operation(
      operationId = "getMeetingRhythm",
      summary =
          "Meetings held with parents this school year against three (a child on SEN support"
              + " only; 404 otherwise)")
  ChildRhythm rhythm(AccessibleChild child) {
    return rhythms.forChild(child).orElseThrow(NotFound::error);
  }
}
