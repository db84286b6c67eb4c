package org.goldenthread.worker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's requests for support from the team around the worker: the list (open first), the form
 * to ask, and one request with its thread, the form to answer, and resolve or reopen.
 */
@Controller
@RequestMapping("/children/{childId}/support-requests")
class SupportPageController {

  static final String LIST = "worker/support-requests";
  static final String NEW = "worker/new";
  static final String THREAD = "worker/thread";
  static final String FORM = "supportForm";
  static final String REPLY_FORM = "replyForm";
  static final String STATUS_FORM = "statusForm";

  private final SupportRequests requests;
  private final PageLabels labels;
  private final Clock clock;

  SupportPageController(SupportRequests requests, PageLabels labels, Clock clock) {
    this.requests = requests;
    this.labels = labels;
    this.clock = clock;
  }

  @GetMapping
  String list(AccessibleChild child, Model model) {
    PageOf<SupportRequestView> found = requests.forChild(child, 0, PageOf.MAX_SIZE);
    model.addAttribute("child", child);
    model.addAttribute("requests", found.items());
    model.addAttribute("more", found.total() - found.items().size());
    model.addAttribute("mayAsk", requests.mayAsk(child));
    return LIST;
  }

  @GetMapping("/new")
  String ask(AccessibleChild child, Model model) {
    requireMayAsk(child);
    model.addAttribute(FORM, SupportForm.empty());
    return newPage(child, model);
  }

  @PostMapping
  String ask(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText SupportForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requireMayAsk(child);
    PageForms.rejectUnreadableDate(binding, "visitOn", form.visitOn(), "worker.error.visitOnDate");
    try {
      if (binding.hasErrors()) {
        return newPage(child, model);
      }
      SupportRequestView asked = requests.ask(child, form.input());
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("worker.banner.asked", null));
      return "redirect:" + SupportRequests.page(child.id(), asked.id());
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    }
    return newPage(child, model);
  }

  @GetMapping("/{requestId}")
  String show(AccessibleChild child, @PathVariable String requestId, Model model) {
    SupportRequestView request = requests.get(child, NotFound.id(requestId));
    model.addAttribute(REPLY_FORM, ReplyForm.empty());
    model.addAttribute(STATUS_FORM, StatusForm.empty(request.version()));
    return threadPage(child, request, model);
  }

  @PostMapping("/{requestId}/replies")
  String reply(
      AccessibleChild child,
      @PathVariable String requestId,
      @ModelAttribute(REPLY_FORM) @CheckedText ReplyForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(requestId);
    SupportRequestView request = requests.get(child, id);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        requests.reply(child, id, form.text());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("worker.banner.replied", null));
        return "redirect:" + SupportRequests.page(child.id(), id);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("worker.error.resolvedAlready");
        request = requests.get(child, id);
      }
    }
    model.addAttribute(STATUS_FORM, StatusForm.empty(request.version()));
    return threadPage(child, request, model);
  }

  @PostMapping("/{requestId}/status")
  String status(
      AccessibleChild child,
      @PathVariable String requestId,
      @RequestParam(name = "status", required = false) String status,
      @ModelAttribute(STATUS_FORM) @CheckedText StatusForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(requestId);
    SupportRequestView request = requests.get(child, id);
    long version = PageForms.requireVersion(form.version(), binding);
    SupportStatus wanted = PageForms.choice(SupportStatus.class, status);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        SupportRequestView changed = requests.changeStatus(child, id, wanted, form.note(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE,
            PageBanner.success(
                changed.open() ? "worker.banner.reopened" : "worker.banner.resolved", null));
        return "redirect:" + SupportRequests.page(child.id(), id);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        request = requests.get(child, id);
        if (!request.open() && form.note() != null && !form.note().isBlank()) {
          model.addAttribute(
              PageForms.YOUR_CHANGES, labels.rows("worker.resolve.label", form.note()));
        }
        PageForms.showAgain(
            model,
            STATUS_FORM,
            new StatusForm(form.note(), request.version()),
            "worker.error.changed");
      }
    }
    model.addAttribute(REPLY_FORM, ReplyForm.empty());
    return threadPage(child, request, model);
  }

  private void requireMayAsk(AccessibleChild child) {
    if (!requests.sees(child)) {
      throw NotFound.error();
    }
    if (!requests.mayAsk(child)) {
      throw ChildAccess.forbidden();
    }
  }

  private String newPage(AccessibleChild child, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("kindChoices", Choice.ofValues(SupportKind.values()));
    return NEW;
  }

  private String threadPage(AccessibleChild child, SupportRequestView request, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("request", request);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("mayResolve", requests.mayResolve(child));
    model.addAttribute("kindChoices", List.<Choice>of());
    return THREAD;
  }
}
