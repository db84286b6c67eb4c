package org.goldenthread.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.voice.Views;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A meeting's page: when and where, who is invited, the agenda, everyone's preparation, the minutes
 * and actions once recorded, and for a closed meeting what happens next, at the top. Its calendar
 * file is here too, for "Add to your calendar". The views of the child and the family are linked,
 * never copied: those about this meeting, and those still waiting for a reply, which the meeting
 * may answer.
 */
@Controller
class MeetingPageController {

  static final String VIEW = "meeting/meeting";

  private final Meetings meetings;
  private final MeetingPreparation preparation;
  private final MeetingActions actions;
  private final MeetingClosing closing;
  private final Views views;

  MeetingPageController(
      Meetings meetings,
      MeetingPreparation preparation,
      MeetingActions actions,
      MeetingClosing closing,
      Views views) {
    this.meetings = meetings;
    this.preparation = preparation;
    this.actions = actions;
    this.closing = closing;
    this.views = views;
  }

  @GetMapping("/meetings/{meetingId}")
  String show(AccessibleMeeting who, Model model) {
    MeetingView meeting = meetings.get(who);
    MeetingRights rights = meetings.rights(who);
    model.addAttribute("meeting", meeting);
    model.addAttribute("rights", rights);
    model.addAttribute("me", who.user().id());
    model.addAttribute("askFeedback", who.child().grant().isFamily());
    model.addAttribute("preparation", rights.seePreparation() ? preparation.list(who) : List.of());
    model.addAttribute("actions", actions.forMeeting(who.child(), who.id()));
    model.addAttribute(
        "next", meeting.status() == MeetingStatus.CLOSED ? closing.whatHappensNext(who) : null);
    model.addAttribute("running", MeetingPages.held(meeting));
    model.addAttribute("invitedByEmail", meetings.invitedByEmail(who.child()));
    model.addAttribute("viewsAbout", views.about(who.child(), who.id()));
    model.addAttribute(
        "viewsWaiting",
        views.openLoops(who.child()).stream().filter(v -> !who.id().equals(v.aboutId())).toList());
    model.addAttribute("viewNames", Map.of());
    model.addAttribute(
        "mayAddView",
        meeting.status() != MeetingStatus.CANCELLED && !views.mayRecord(who.child()).isEmpty());
    return VIEW;
  }

  @GetMapping(value = "/meetings/{meetingId}/invite.ics", produces = "text/calendar")
  ResponseEntity<String> calendar(AccessibleMeeting who) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("meeting.ics").build().toString())
        .body(meetings.calendar(who));
  }
}
