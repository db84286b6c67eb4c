package org.goldenthread.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.PageOf;
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
 * A child's requests in writing: the list with the form to make one, and one request with its
 * answer, the time it took, what the family can do when it is late, and, for whoever it was sent
 * to, the form to answer it.
 */
@Controller
@RequestMapping("/children/{childId}/requests")
class RequestPageController {

  static final String LIST = "request/requests";
  static final String REQUEST = "request/request";
  static final String FORM = "requestForm";
  static final String ANSWER_FORM = "answerForm";

  private final WrittenRequests requests;
  private final PageLabels labels;
  private final Clock clock;

  RequestPageController(WrittenRequests requests, PageLabels labels, Clock clock) {
    this.requests = requests;
    this.labels = labels;
    this.clock = clock;
  }

  @GetMapping
  String list(AccessibleChild child, Model model) {
    model.addAttribute(FORM, RequestForm.empty());
    return listPage(child, model);
  }

  @PostMapping
  String make(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText RequestForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!PageForms.hasRefusedText(binding)) {
      try {
        RequestView made = requests.make(child, form.input());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("request.banner.made", null));
        return "redirect:" + RequestDeadlines.page(child.id(), made.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.rejectValue("kind", "request.error.assessmentUnderWay");
        model.addAttribute("assessmentId", refused.getBody().getProperties().get("assessmentId"));
      }
    }
    return listPage(child, model);
  }

  @GetMapping("/{requestId}")
  String show(AccessibleChild child, @PathVariable String requestId, Model model) {
    RequestView request = requests.get(child, NotFound.id(requestId));
    model.addAttribute(ANSWER_FORM, AnswerForm.empty(request.version()));
    return requestPage(child, request, model);
  }

  @PostMapping("/{requestId}/answer")
  String answer(
      AccessibleChild child,
      @PathVariable String requestId,
      @ModelAttribute(ANSWER_FORM) @CheckedText AnswerForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    RequestView request = requests.get(child, NotFound.id(requestId));
    long version = PageForms.requireVersion(form.version(), binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        requests.answer(child, request.id(), form.input(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("request.banner.answered", null));
        return "redirect:" + RequestDeadlines.page(child.id(), request.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        request = notSaved(child, request, form, "request.error.changed", model);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        request = notSaved(child, request, form, "request.error.alreadyAnswered", model);
      }
    }
    return requestPage(child, request, model);
  }

  /**
   * The request as it is now, after someone else answered or changed it first, with why nothing was
   * saved. While it may still be answered, the form keeps what this person typed, now against the
   * latest version; once it may not, what they typed is shown beside the request instead.
   */
  private RequestView notSaved(
      AccessibleChild child, RequestView request, AnswerForm form, String why, Model model) {
    RequestView now = requests.get(child, request.id());
    AnswerForm typed = new AnswerForm(form.decision(), form.text(), now.version());
    if (requests.mayAnswer(child, now)) {
      PageForms.showAgain(model, ANSWER_FORM, typed, why);
    } else {
      PageForms.showConflict(
          model,
          ANSWER_FORM,
          labels.rows(
              "request.decision.legend",
              labels.choice("request.decision.choice.", form.decision()),
              "request.answer.text.label",
              form.text()),
          typed,
          why);
    }
    return now;
  }

  private String listPage(AccessibleChild child, Model model) {
    PageOf<RequestView> made = requests.forChild(child, 0, PageOf.MAX_SIZE);
    model.addAttribute("child", child);
    model.addAttribute("requests", made.items());
    model.addAttribute("more", made.total() - made.items().size());
    model.addAttribute("today", LocalDate.now(clock));
    boolean mayMake = requests.mayMake(child);
    model.addAttribute("mayMake", mayMake);
    model.addAttribute("kindChoices", Choice.ofValues(RequestKind.values()));
    model.addAttribute("toChoices", Choice.ofValues(RequestTo.values()));
    return LIST;
  }

  private String requestPage(AccessibleChild child, RequestView request, Model model) {
    boolean mayAnswer = requests.mayAnswer(child, request);
    model.addAttribute("child", child);
    model.addAttribute("request", request);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("family", child.grant().isFamily());
    model.addAttribute("mayAnswer", mayAnswer);
    model.addAttribute(
        "decisionChoices",
        mayAnswer ? Choice.ofValues(RequestDecision.values()) : List.<Choice>of());
    return REQUEST;
  }
}
