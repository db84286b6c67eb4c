package org.goldenthread.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting (notes, the parent's view, the child's view, decisions) and the actions
 * agreed, one form per action, for those who run the meeting, until it is closed.
 */
@Controller
class MinutesPageController {

  static final String VIEW = "meeting/minutes";
  static final String ACTION_VIEW = "meeting/action-form";
  static final String FORM = "minutesForm";
  static final String ACTION_FORM = "actionForm";

  private final Meetings meetings;
  private final MeetingActions actions;
  private final PageLabels labels;

  MinutesPageController(Meetings meetings, MeetingActions actions, PageLabels labels) {
    this.meetings = meetings;
    this.actions = actions;
    this.labels = labels;
  }

  @GetMapping("/meetings/{meetingId}/minutes")
  String show(AccessibleMeeting who, Model model, RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    if (!MeetingPages.held(meeting)) {
      return MeetingPages.notHeld(meeting, redirect);
    }
    model.addAttribute(FORM, MinutesForm.of(meeting));
    return page(who, meeting, model);
  }

  @PostMapping("/meetings/{meetingId}/minutes")
  String save(
      AccessibleMeeting who,
      @ModelAttribute(FORM) @CheckedText MinutesForm form,
      BindingResult binding,
      @RequestParam(required = false) String then,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    long version = PageForms.requireVersion(form.version(), binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        meetings.recordMinutes(who, version, form.minutes());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.minutes", null));
        return "action".equals(then)
            ? "redirect:/meetings/" + who.id() + "/actions/new"
            : "redirect:/meetings/" + who.id() + "/minutes";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (MeetingNotStarted early) {
        MeetingPages.refusedBeforeStart(meeting, model, response);
      } catch (EditConflict conflict) {
        MeetingView now = meetings.get(who);
        PageForms.showConflict(
            model,
            FORM,
            labels.rows(
                "meeting.minutes.notes.label", form.notes(),
                "meeting.minutes.parentView.label", form.parentView(),
                "meeting.minutes.childView.label", form.childView(),
                "meeting.minutes.decisions.label", form.decisions()),
            MinutesForm.of(now),
            "meeting.minutes.conflict");
        return page(who, now, model);
      }
    }
    return page(who, meeting, model);
  }

  @GetMapping("/meetings/{meetingId}/actions/new")
  String addAction(AccessibleMeeting who, Model model, RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    if (!MeetingPages.booked(meeting)) {
      return MeetingPages.notBooked(meeting, redirect);
    }
    model.addAttribute(ACTION_FORM, ActionForm.empty());
    return actionPage(who, meeting, model);
  }

  @PostMapping("/meetings/{meetingId}/actions/new")
  String createAction(
      AccessibleMeeting who,
      @ModelAttribute(ACTION_FORM) @CheckedText ActionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    // A due date that is not a real date reaches the service as none, so nothing is saved.
    ActionInput input = form.input(binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        ActionView added = actions.add(who.child(), who.id(), input);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.action", added.ownerName()));
        return "redirect:/meetings/" + who.id() + "/minutes#actions";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return actionPage(who, meeting, model);
  }

  private String page(AccessibleMeeting who, MeetingView meeting, Model model) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("actions", actions.forMeeting(who.child(), who.id()));
    return VIEW;
  }

  private String actionPage(AccessibleMeeting who, MeetingView meeting, Model model) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("ownerChoices", owners(who, meeting));
    return ACTION_VIEW;
  }

  /** Who may own an action: those invited first, then the rest of the family and team. */
  private List<Choice> owners(AccessibleMeeting who, MeetingView meeting) {
    Map<UUID, Invitable> people = new LinkedHashMap<>();
    List<Invitable> choices = meetings.invitable(who.child());
    for (InviteeView invitee : meeting.invitees()) {
      Invitable known =
          choices.stream()
              .filter(c -> c.userId().equals(invitee.userId()))
              .findFirst()
              .orElse(null);
      if (known == null && !meetings.maySee(invitee.userId(), meeting.childId())) {
        continue; // invited once, but their way into the child's record has ended
      }
      people.put(
          invitee.userId(),
          known != null ? known : new Invitable(invitee.userId(), invitee.name(), null, false));
    }
    choices.forEach(c -> people.putIfAbsent(c.userId(), c));
    List<Choice> owners = new ArrayList<>();
    for (Invitable person : people.values()) {
      String role = labels.choice("child.team.role.", person.role());
      owners.add(
          Choice.of(
              person.userId().toString(),
              role.isEmpty()
                  ? person.name()
                  : labels.text("meeting.action.owner.option", person.name(), role)));
    }
    return owners;
  }
}
