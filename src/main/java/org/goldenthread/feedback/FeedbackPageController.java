package org.goldenthread.feedback;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's feedback page for a meeting or a review: the two questions and a comment, with their
 * own answer filled in when they gave one, to change until the end of the next term.
 */
@Controller
class FeedbackPageController {

  static final String VIEW = "feedback/feedback";
  static final String FORM = "feedbackForm";

  private final FamilyFeedbacks feedback;

  FeedbackPageController(FamilyFeedbacks feedback) {
    this.feedback = feedback;
  }

  @GetMapping("/meetings/{meetingId}/feedback")
  String meeting(AccessibleMeeting who, Model model) {
    return show(feedback.aboutMeeting(who), model);
  }

  @PostMapping("/meetings/{meetingId}/feedback")
  String giveAboutMeeting(
      AccessibleMeeting who,
      @ModelAttribute(FORM) @CheckedText FeedbackForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    return give(feedback.aboutMeeting(who), form, binding, model, redirect);
  }

  @GetMapping("/children/{childId}/reviews/{reviewId}/feedback")
  String review(AccessibleChild child, @PathVariable String reviewId, Model model) {
    return show(feedback.aboutReview(child, NotFound.id(reviewId)), model);
  }

  @PostMapping("/children/{childId}/reviews/{reviewId}/feedback")
  String giveAboutReview(
      AccessibleChild child,
      @PathVariable String reviewId,
      @ModelAttribute(FORM) @CheckedText FeedbackForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    return give(feedback.aboutReview(child, NotFound.id(reviewId)), form, binding, model, redirect);
  }

  private String show(FamilyFeedbacks.Asked asked, Model model) {
    model.addAttribute(FORM, FeedbackForm.of(asked));
    return page(asked, model);
  }

  private String give(
      FamilyFeedbacks.Asked asked,
      FeedbackForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (PageForms.hasRefusedText(binding)) {
      return page(asked, model);
    }
    try {
      FamilyFeedbacks.Saved saved = feedback.give(asked, form.input(), form.version());
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE,
          PageBanner.success(
              saved.created() ? "feedback.banner.given" : "feedback.banner.changed", null));
      return "redirect:" + link(asked);
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    } catch (EditConflict conflict) {
      FamilyFeedbacks.Asked now = feedback.again(asked);
      FeedbackForm typed =
          new FeedbackForm(
              form.feltHeard(),
              form.knowsWhatNext(),
              form.comment(),
              now.answer().map(FeedbackView::version).orElse(null));
      PageForms.showAgain(model, FORM, typed, "feedback.error.changed");
      return page(now, model);
    } catch (ErrorResponseException refused) {
      if (refused.getStatusCode() != HttpStatus.CONFLICT) {
        throw refused;
      }
      binding.reject("feedback.error.closed");
    }
    return page(asked, model);
  }

  private String page(FamilyFeedbacks.Asked asked, Model model) {
    model.addAttribute("asked", asked);
    model.addAttribute("child", asked.child());
    model.addAttribute("answers", Choice.ofValues(FeedbackAnswer.values()));
    model.addAttribute("action", link(asked));
    model.addAttribute(
        "back",
        asked.subject() == FeedbackSubject.MEETING
            ? "/meetings/" + asked.subjectId()
            : "/children/" + asked.child().id() + "/reviews/" + asked.subjectId());
    model.addAttribute("commentLength", FamilyFeedbacks.COMMENT_LENGTH);
    return VIEW;
  }

  static String link(FamilyFeedbacks.Asked asked) {
    return asked.subject() == FeedbackSubject.MEETING
        ? FeedbackLinks.meeting(asked.subjectId())
        : FeedbackLinks.review(asked.child().id(), asked.subjectId());
  }
}
