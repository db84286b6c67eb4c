package org.goldenthread.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.web.Choice;
import org.goldenthread.web.Dates;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a child's reviews: the list, recording one (staff on the team), one review and its
 * PDF. The body of a review is the fragment {@code review/parts :: record(review)}.
 */
@Controller
class ReviewPageController {

  static final String LIST_VIEW = "review/reviews";
  static final String FORM_VIEW = "review/form";
  static final String VIEW = "review/review";
  static final String FORM = "reviewForm";
  static final String RECORDED = "reviewRecorded";

  private final Reviews reviews;
  private final ReviewFormErrors errors;
  private final ReviewDocument document;
  private final ViewChoices viewChoices;
  private final Dates dates;
  private final Clock clock;

  ReviewPageController(
      Reviews reviews,
      ReviewFormErrors errors,
      ReviewDocument document,
      ViewChoices viewChoices,
      Dates dates,
      Clock clock) {
    this.reviews = reviews;
    this.errors = errors;
    this.document = document;
    this.viewChoices = viewChoices;
    this.dates = dates;
    this.clock = clock;
  }

  @GetMapping("/children/{childId}/reviews")
  String list(AccessibleChild child, Model model) {
    List<ReviewView> all = reviews.list(child);
    model.addAttribute("openedChild", child);
    model.addAttribute("reviews", all);
    model.addAttribute("latest", all.isEmpty() ? null : all.get(0));
    model.addAttribute("mayRecord", reviews.mayRecord(child));
    model.addAttribute("today", LocalDate.now(clock));
    return LIST_VIEW;
  }

  @GetMapping("/children/{childId}/reviews/new")
  String add(AccessibleChild child, Model model) {
    reviews.requireRecord(child);
    List<OutcomeView> outcomes = reviews.outcomesToReview(child);
    ReviewForm form = ReviewForm.empty(outcomes);
    model.addAttribute(FORM, form);
    return formPage(child, outcomes, model);
  }

  @PostMapping("/children/{childId}/reviews/new")
  String create(
      AccessibleChild child,
      @ModelAttribute(FORM) ReviewForm posted,
      Model model,
      RedirectAttributes redirect) {
    reviews.requireRecord(child);
    List<OutcomeView> outcomes = reviews.outcomesToReview(child);
    ReviewForm form = posted.alignedTo(outcomes);
    BindingResult binding = new BeanPropertyBindingResult(form, FORM);
    errors.rejectUnreadableDate(binding, "heldOn", form.heldOn(), "review.error.heldOn.real");
    errors.rejectUnreadableDate(
        binding, "nextReviewOn", form.nextReviewOn(), "review.error.nextReviewOn.real");
    // A date that is not a real one reads as none, which the service refuses: nothing is saved,
    // and the field keeps the message about the date it was given.
    try {
      ReviewView saved = reviews.record(child, form.input());
      redirect.addFlashAttribute(RECORDED, Boolean.TRUE);
      return "redirect:/children/" + child.id() + "/reviews/" + saved.id();
    } catch (ValidationProblem problem) {
      errors.reject(binding, problem, outcomes);
    }
    model.addAttribute(FORM, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, binding);
    return formPage(child, outcomes, model);
  }

  @GetMapping("/children/{childId}/reviews/{reviewId}")
  String show(AccessibleChild child, @PathVariable String reviewId, Model model) {
    model.addAttribute("openedChild", child);
    ReviewView review = reviews.get(child, NotFound.id(reviewId));
    model.addAttribute("review", review);
    model.addAttribute("viewsAnswered", reviews.viewsAnswered(child, review));
    model.addAttribute("heldOn", dates.date(review.heldOn()));
    model.addAttribute("askFeedback", child.grant().isFamily());
    return VIEW;
  }

  /** The review as a PDF, for the download link of its page (the API answers it too). */
  @GetMapping("/children/{childId}/reviews/{reviewId}/pdf")
  ResponseEntity<byte[]> pdf(AccessibleChild child, @PathVariable String reviewId, Locale locale) {
    return document.download(child, NotFound.id(reviewId), locale);
  }

  private String formPage(AccessibleChild child, List<OutcomeView> outcomes, Model model) {
    model.addAttribute("openedChild", child);
    model.addAttribute("outcomes", outcomes);
    model.addAttribute("statusChoices", Choice.ofValues(OutcomeStatus.values()));
    model.addAttribute("decisionChoices", Choice.ofValues(ReviewDecision.values()));
    model.addAttribute("viewChoices", viewChoices.of(reviews.viewsToAnswer(child)));
    model.addAttribute("formAction", "/children/" + child.id() + "/reviews/new");
    model.addAttribute("fieldOrder", fieldOrder(outcomes.size()));
    return FORM_VIEW;
  }

  /** The form's fields in the order the page shows them, for the error summary. */
  private static List<String> fieldOrder(int outcomes) {
    List<String> order = new ArrayList<>(List.of("heldOn"));
    for (int i = 0; i < outcomes; i++) {
      order.add("progress[" + i + "].status");
      order.add("progress[" + i + "].evidence");
    }
    order.addAll(
        List.of(
            "viewsAnswered",
            "parentView",
            "childView",
            "childViewGatheredBy",
            "decision",
            "decisionNotes",
            "nextReviewOn"));
    return order;
  }
}
