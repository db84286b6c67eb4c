package org.goldenthread.contact;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's contact log, newest first, with the form to record a contact for staff. */
@Controller
@RequestMapping("/children/{childId}/contacts")
class ContactPageController {

  static final String VIEW = "contact/contacts";
  static final String FORM = "contactForm";
  static final int PAGE_SIZE = 20;

  private final ContactLog log;

  ContactPageController(ContactLog log) {
    this.log = log;
  }

  @GetMapping
  String list(AccessibleChild child, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(FORM, ContactForm.empty());
    return page(child, page, model);
  }

  @PostMapping
  String record(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ContactForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!log.mayRecord(child)) {
      throw ChildAccess.forbidden();
    }
    PageForms.rejectUnreadableDate(binding, "on", form.on(), "contact.error.on.real");
    if (!binding.hasErrors()) {
      try {
        log.record(
            child,
            new NewContact(
                form.on().toLocalDate().orElse(null),
                PageForms.choice(ContactHow.class, form.how()),
                form.with(),
                form.summary(),
                form.agreed()));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("contact.banner.recorded", null));
        return "redirect:" + ContactLog.page(child.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return page(child, 0, model);
  }

  private String page(AccessibleChild child, int page, Model model) {
    Page<ContactView> entries = log.entries(child, PageOf.request(page, PAGE_SIZE));
    model.addAttribute("child", child);
    model.addAttribute("entries", entries.getContent());
    model.addAttribute("entriesPage", entries);
    model.addAttribute("mayRecord", log.mayRecord(child));
    model.addAttribute("howChoices", Choice.ofValues(ContactHow.values()));
    log.lastInTouch(child).ifPresent(last -> model.addAttribute("last", last));
    return VIEW;
  }
}
