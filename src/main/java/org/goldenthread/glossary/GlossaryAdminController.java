package org.goldenthread.glossary;

import java.util.List;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.SummaryRow;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators keep the glossary: every term with a link to change its explanation, and
 * the form to change it. A change made from a stale copy shows what is saved now beside what was
 * typed.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class GlossaryAdminController {

  static final String LIST_VIEW = "glossary/admin";
  static final String FORM_VIEW = "glossary/admin-form";
  static final String FORM = "glossaryForm";

  private final Glossary glossary;
  private final MessageSource messages;

  GlossaryAdminController(Glossary glossary, MessageSource messages) {
    this.glossary = glossary;
    this.messages = messages;
  }

  @GetMapping("/admin/glossary")
  String list(Model model) {
    model.addAttribute("terms", glossary.all());
    return LIST_VIEW;
  }

  @GetMapping("/admin/glossary/{slug}")
  String edit(@PathVariable String slug, Model model) {
    GlossaryEntry term = glossary.find(slug).orElseThrow(NotFound::error);
    model.addAttribute(FORM, GlossaryForm.of(term));
    return formPage(term, model);
  }

  @PostMapping("/admin/glossary/{slug}")
  String save(
      @PathVariable String slug,
      @ModelAttribute(FORM) GlossaryForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    GlossaryEntry term = glossary.find(slug).orElseThrow(NotFound::error);
    long version = PageForms.requireVersion(form.version(), binding);
    try {
      GlossaryEntry saved = glossary.explain(slug, version, form.explanation(), user.id());
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("glossary.admin.banner.saved", saved.term()));
      return "redirect:/admin/glossary";
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    } catch (EditConflict conflict) {
      GlossaryEntry now = glossary.find(slug).orElseThrow(NotFound::error);
      PageForms.showConflict(
          model,
          FORM,
          List.of(
              SummaryRow.of(
                  messages.getMessage(
                      "glossary.admin.explanation.label", null, LocaleContextHolder.getLocale()),
                  form.explanation())),
          GlossaryForm.of(now),
          "glossary.admin.conflict");
      return formPage(now, model);
    }
    return formPage(term, model);
  }

  private static String formPage(GlossaryEntry term, Model model) {
    model.addAttribute("term", term);
    return FORM_VIEW;
  }
}
