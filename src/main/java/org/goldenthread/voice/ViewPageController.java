package org.goldenthread.voice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.document.DocumentRefused;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * A child's views: the list (open loops first, with their age), the form to record one, and one
 * view with its response and, for those who answer views, the form to answer it.
 */
@Controller
@RequestMapping("/children/{childId}/views")
class ViewPageController {

  static final String LIST = "voice/views";
  static final String NEW = "voice/new";
  static final String VIEW = "voice/view";
  static final String FORM = "viewForm";
  static final String RESPONSE_FORM = "responseForm";

  private final Views views;
  private final ViewSubjects subjects;

  ViewPageController(Views views, ViewSubjects subjects) {
    this.views = views;
    this.subjects = subjects;
  }

  @GetMapping
  String list(AccessibleChild child, Model model) {
    List<RecordedView> all = views.allForChild(child);
    model.addAttribute("child", child);
    model.addAttribute("open", views.openLoops(child));
    model.addAttribute("closed", all.stream().filter(v -> !v.openLoop()).toList());
    model.addAttribute("mayRecord", !views.mayRecord(child).isEmpty());
    model.addAttribute("names", names(child, all));
    return LIST;
  }

  @GetMapping("/new")
  String newView(
      AccessibleChild child,
      @RequestParam(required = false) String aboutKind,
      @RequestParam(required = false) String aboutId,
      Model model) {
    Set<Whose> whose = requireRecord(child);
    model.addAttribute(
        FORM, ViewForm.about(whose.size() == 1 ? Whose.CHILD.name() : null, aboutKind, aboutId));
    return newPage(child, whose, model);
  }

  @PostMapping
  String record(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ViewForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Set<Whose> whose = requireRecord(child);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        RecordedView recorded = views.record(child, form.input(), form.upload());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("voice.banner.recorded", null));
        return "redirect:/children/" + child.id() + "/views/" + recorded.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (DocumentRefused refused) {
        binding.rejectValue("file", refused.messageKey(), refused.arguments(), null);
      }
    }
    return newPage(child, whose, model);
  }

  @GetMapping("/{viewId}")
  String show(AccessibleChild child, @PathVariable String viewId, Model model) {
    RecordedView view = views.get(child, NotFound.id(viewId));
    model.addAttribute(RESPONSE_FORM, ResponseForm.of(view));
    return viewPage(child, view, model);
  }

  /** The picture, drawing or recording that came with the view. */
  @GetMapping("/{viewId}/attachment")
  ResponseEntity<byte[]> attachment(AccessibleChild child, @PathVariable String viewId) {
    return views.attachment(child, NotFound.id(viewId)).download();
  }

  @PostMapping("/{viewId}/response")
  String respond(
      AccessibleChild child,
      @PathVariable String viewId,
      @ModelAttribute(RESPONSE_FORM) @CheckedText ResponseForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    RecordedView view = views.get(child, NotFound.id(viewId));
    if (!views.mayRespond(child)) {
      throw ChildAccess.forbidden();
    }
    long version = PageForms.requireVersion(form.version(), binding);
    PageForms.rejectUnreadableDate(
        binding, "fedBackOn", form.fedBackOn(), "voice.error.fedBackOn.real");
    if (!binding.hasErrors()) {
      try {
        views.respond(child, view.id(), form.input(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("voice.banner.answered", null));
        return "redirect:/children/" + child.id() + "/views/" + view.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        view = changedMeanwhile(child, view, form, model);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        view = changedMeanwhile(child, view, form, model);
      }
    }
    return viewPage(child, view, model);
  }

  /**
   * Someone else answered the view meanwhile: it is read again and shown as it is now, with what
   * was typed kept in the form (at the version now stored) and a calm word that nothing was saved.
   */
  private RecordedView changedMeanwhile(
      AccessibleChild child, RecordedView stale, ResponseForm typed, Model model) {
    RecordedView now = views.get(child, stale.id());
    ResponseForm again =
        new ResponseForm(typed.response(), typed.how(), typed.fedBackOn(), now.version());
    PageForms.showAgain(model, RESPONSE_FORM, again, "voice.error.changed");
    return now;
  }

  private Set<Whose> requireRecord(AccessibleChild child) {
    Set<Whose> whose = views.mayRecord(child);
    if (whose.isEmpty()) {
      throw ChildAccess.forbidden();
    }
    return whose;
  }

  private String newPage(AccessibleChild child, Set<Whose> whose, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("whoseChoices", Choice.ofValues(whose.toArray(Whose[]::new)));
    model.addAttribute("aboutChoices", Choice.ofValues(AboutKind.values()));
    model.addAttribute("methodChoices", Choice.ofValues(ViewMethod.values()));
    model.addAttribute("maxMegabytes", views.attachmentLimit().toMegabytes());
    List<Choice> subjectChoices = new ArrayList<>();
    for (ViewSubjects.Subject subject : subjects.of(child)) {
      subjectChoices.add(Choice.of(subject.id().toString(), subject.name()));
    }
    model.addAttribute("subjectChoices", subjectChoices);
    return NEW;
  }

  private String viewPage(AccessibleChild child, RecordedView view, Model model) {
    boolean mayRespond = views.mayRespond(child) && view.openLoop();
    model.addAttribute("child", child);
    model.addAttribute("view", view);
    model.addAttribute("attachmentType", views.attachmentType(child, view));
    model.addAttribute("mayRespond", mayRespond);
    model.addAttribute("names", names(child, List.of(view)));
    return VIEW;
  }

  /** The names of what the views are about, by id (only read when some view names one). */
  private Map<UUID, String> names(AccessibleChild child, List<RecordedView> shown) {
    if (shown.stream().noneMatch(v -> v.aboutId() != null)) {
      return Map.of();
    }
    return subjects.of(child).stream()
        .collect(
            Collectors.toMap(
                ViewSubjects.Subject::id, ViewSubjects.Subject::name, (a, b) -> a, HashMap::new));
  }
}
