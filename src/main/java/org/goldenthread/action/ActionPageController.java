package org.goldenthread.action;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an agreed action stands: its owner, or whoever runs the meeting, marks it done, dropped
 * (with the reason) or still to do.
 */
@Controller
class ActionPageController {

  static final String VIEW = "action/action-status-form";
  static final String FORM = "actionStatusForm";

  private final MeetingActions actions;
  private final PageLabels labels;

  ActionPageController(MeetingActions actions, PageLabels labels) {
    this.actions = actions;
    this.labels = labels;
  }

  @GetMapping("/actions/{actionId}/edit")
  String edit(AccessibleAction who, Model model) {
    ActionView action = changeable(who);
    model.addAttribute(FORM, ActionStatusForm.of(action));
    return page(who, action, model);
  }

  @PostMapping("/actions/{actionId}/edit")
  String save(
      AccessibleAction who,
      @ModelAttribute(FORM) @CheckedText ActionStatusForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ActionView action = changeable(who);
    long version = PageForms.requireVersion(form.version(), binding);
    ActionUpdate update = form.update();
    if (update.status() == null) {
      binding.rejectValue("status", "meeting.action.error.status");
      return page(who, action, model);
    }
    if (!PageForms.hasRefusedText(binding)) {
      try {
        ActionView saved = actions.update(who, version, update);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE,
            PageBanner.success("meeting.banner.action." + saved.status(), saved.description()));
        return "redirect:/meetings/" + saved.meetingId() + "#actions";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        ActionView now = actions.get(who);
        PageForms.showConflict(
            model,
            FORM,
            labels.rows(
                "meeting.action.status.legend",
                    labels.choice("meeting.action.choice.", form.status()),
                "meeting.action.reason.label", form.reason()),
            ActionStatusForm.of(now),
            "meeting.action.conflict");
        return page(who, now, model);
      }
    }
    return page(who, action, model);
  }

  /** The action, when this person owns it or runs its meeting; otherwise 403. */
  private ActionView changeable(AccessibleAction who) {
    ActionView action = actions.get(who);
    boolean owns = action.ownerId().equals(who.child().user().id());
    if (!owns && !actions.meetingOf(who).mayRun()) {
      throw ActionAccess.forbidden();
    }
    return action;
  }

  private String page(AccessibleAction who, ActionView action, Model model) {
    model.addAttribute("action", action);
    model.addAttribute("meeting", actions.meetingOf(who));
    model.addAttribute("statusChoices", Choice.ofValues(ActionStatus.values()));
    return VIEW;
  }
}
