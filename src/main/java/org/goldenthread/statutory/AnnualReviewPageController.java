package org.goldenthread.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.child.SenStatus;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingStatus;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.Dates;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's annual reviews: the list with the form to record one (with its meeting), and one
 * review's deadlines and steps, with the form to record the next step.
 */
@Controller
@RequestMapping("/children/{childId}/annual-reviews")
class AnnualReviewPageController {

  static final String LIST = "statutory/annual-reviews";
  static final String REVIEW = "statutory/annual-review";
  static final String FORM = "reviewForm";
  static final String STEP_FORM = "reviewStepForm";

  private final AnnualReviews reviews;
  private final AnnualReviewDeadlines deadlines;
  private final Meetings meetings;
  private final Children children;
  private final DeadlineRows rows;
  private final Dates dates;
  private final Clock clock;

  AnnualReviewPageController(
      AnnualReviews reviews,
      AnnualReviewDeadlines deadlines,
      Meetings meetings,
      Children children,
      DeadlineRows rows,
      Dates dates,
      Clock clock) {
    this.reviews = reviews;
    this.deadlines = deadlines;
    this.meetings = meetings;
    this.children = children;
    this.rows = rows;
    this.dates = dates;
    this.clock = clock;
  }

  @GetMapping
  String list(AccessibleChild child, Model model) {
    model.addAttribute(FORM, ReviewForm.empty());
    return listPage(child, model);
  }

  @PostMapping
  String record(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ReviewForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PageForms.rejectUnreadableDate(
        binding, "meetingOn", form.meetingOn(), "statutory.review.error.meetingOn.real");
    boolean linking = form.meetingId() != null && !form.meetingId().isBlank();
    if (!binding.hasErrors()) {
      try {
        AnnualReviewView saved =
            reviews.record(
                child,
                linking ? null : form.meetingOn().toLocalDate().orElse(null),
                linking ? PageForms.id(form.meetingId()) : null);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("statutory.review.banner.recorded", null));
        return "redirect:" + AnnualReviews.page(child.id(), saved.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("statutory.review.error.refused");
      }
    }
    return listPage(child, model);
  }

  @GetMapping("/{reviewId}")
  String show(AccessibleChild child, @PathVariable String reviewId, Model model) {
    AnnualReviewView review = reviews.get(child, NotFound.id(reviewId));
    model.addAttribute(STEP_FORM, ReviewStepForm.empty(review.version()));
    return reviewPage(child, review, model);
  }

  @PostMapping("/{reviewId}")
  String recordStep(
      AccessibleChild child,
      @PathVariable String reviewId,
      @ModelAttribute(STEP_FORM) @CheckedText ReviewStepForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    AnnualReviewView review = reviews.get(child, NotFound.id(reviewId));
    long version = PageForms.requireVersion(form.version(), binding);
    PageForms.rejectUnreadableDate(binding, "on", form.on(), "statutory.error.on.real");
    if (!binding.hasErrors()) {
      try {
        reviews.recordStep(
            child,
            review.id(),
            PageForms.choice(ReviewStepKind.class, form.kind()),
            form.on().toLocalDate().orElse(null),
            version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("statutory.banner.recorded", null));
        return "redirect:" + AnnualReviews.page(child.id(), review.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        binding.reject("statutory.error.changed");
        review = reviews.get(child, review.id());
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("statutory.error.outOfOrder");
      }
    }
    return reviewPage(child, review, model);
  }

  private String listPage(AccessibleChild child, Model model) {
    boolean hasPlan = children.get(child).senStatus() == SenStatus.E;
    boolean mayRecord = hasPlan && reviews.mayRecordReview(child);
    model.addAttribute("child", child);
    model.addAttribute("hasPlan", hasPlan);
    List<AnnualReviewView> held = reviews.forChild(child);
    model.addAttribute("reviews", held);
    model.addAttribute(
        "due", rows.of(deadlines.ofChild(child)).stream().filter(DeadlineRow::open).toList());
    model.addAttribute("mayRecord", mayRecord);
    model.addAttribute("meetingChoices", mayRecord ? meetingChoices(child, held) : List.of());
    return LIST;
  }

  /** The child's annual review meetings not yet the meeting of a review, to link one. */
  private List<Choice> meetingChoices(AccessibleChild child, List<AnnualReviewView> held) {
    var taken = held.stream().map(AnnualReviewView::meetingId).toList();
    return meetings.forChild(child).stream()
        .filter(m -> m.kind() == MeetingKind.ANNUAL_REVIEW)
        .filter(m -> m.status() != MeetingStatus.CANCELLED)
        .filter(m -> !taken.contains(m.id()))
        .map(m -> Choice.of(m.id().toString(), meetingName(m)))
        .toList();
  }

  private String meetingName(MeetingView meeting) {
    return dates.date(MeetingTimes.dateOf(meeting.startsAt()));
  }

  private String reviewPage(AccessibleChild child, AnnualReviewView review, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("review", review);
    var reviewRows = rows.of(review.deadlines());
    model.addAttribute("open", reviewRows.stream().filter(DeadlineRow::open).toList());
    model.addAttribute("done", reviewRows.stream().filter(r -> !r.open()).toList());
    model.addAttribute(
        "stepChoices", reviews.mayRecordSteps(child) ? stepChoices(review) : List.<Choice>of());
    model.addAttribute("meetingToCome", review.meetingOn().isAfter(LocalDate.now(clock)));
    return REVIEW;
  }

  /** The steps that may be recorded next. */
  private static List<Choice> stepChoices(AnnualReviewView review) {
    ReviewClock clock = ReviewClock.replay(review.meetingOn(), review.steps());
    return Choice.ofValues(
        Arrays.stream(ReviewStepKind.values()).filter(clock::allows).toArray(Enum[]::new));
  }
}
