package org.goldenthread.voice;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.child.Profiles;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Plans;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child's own page, in easy read: what they are good at and what helps them (from their
 * one-page profile), their goals (the plan's outcomes, shortened), "you said, we did", and a way to
 * say something (a feeling picked, or words typed). The family and staff see what the child sees.
 */
@Controller
@RequestMapping("/children/{childId}/my-page")
class ChildHomePageController {

  static final String PAGE = "voice/my-page";
  static final String FORM = "myViewForm";

  /** How much of a goal the child's page shows. */
  static final int GOAL_WORDS = 140;

  private final Views views;
  private final Profiles profiles;
  private final Plans plans;
  private final PageLabels labels;

  ChildHomePageController(Views views, Profiles profiles, Plans plans, PageLabels labels) {
    this.views = views;
    this.profiles = profiles;
    this.plans = plans;
    this.labels = labels;
  }

  @GetMapping
  String show(AccessibleChild child, Model model) {
    model.addAttribute(FORM, MyViewForm.empty());
    return page(child, model);
  }

  @PostMapping
  String say(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText MyViewForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!views.mayRecord(child).contains(Whose.CHILD)) {
      throw ChildAccess.forbidden();
    }
    Feeling feeling = form.picked();
    String text = TextRules.tidy(form.text());
    if (text == null && feeling == null) {
      binding.rejectValue("feeling", "voice.my.error.empty", "voice.my.error.empty");
      return page(child, model);
    }
    if (text == null) {
      text = labels.text("voice.my.said.feeling." + feeling.name());
    }
    if (!PageForms.hasRefusedText(binding)) {
      try {
        views.record(child, ViewInput.ofChild(text, feeling));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("voice.my.banner.sent", null));
        return "redirect:/children/" + child.id() + "/my-page";
      } catch (ValidationProblem problem) {
        binding.rejectValue("text", "voice.my.error.text", "voice.my.error.text");
      }
    }
    return page(child, model);
  }

  private String page(AccessibleChild child, Model model) {
    List<ProfileSectionView> sections = profiles.sections(child);
    model.addAttribute("child", child);
    model.addAttribute("theChild", views.isTheChild(child));
    model.addAttribute("goodAt", section(sections, ProfileSectionKind.LIKE_AND_ADMIRE));
    model.addAttribute("helps", section(sections, ProfileSectionKind.HOW_TO_SUPPORT_ME));
    model.addAttribute(
        "goals",
        plans.outcomes(child).stream()
            .map(OutcomeView::text)
            .map(ChildHomePageController::shortGoal)
            .toList());
    model.addAttribute("answered", views.answered(child));
    model.addAttribute("maySay", views.mayRecord(child).contains(Whose.CHILD));
    model.addAttribute("feelings", Feeling.values());
    return PAGE;
  }

  private static String section(List<ProfileSectionView> sections, ProfileSectionKind kind) {
    return sections.stream()
        .filter(s -> s.section() == kind && s.text() != null)
        .map(ProfileSectionView::text)
        .findFirst()
        .orElse(null);
  }

  /** A goal in short form: its first sentence, and no more than a line or two. */
  static String shortGoal(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int stop = flat.indexOf(". ");
    if (stop > 0) {
      flat = flat.substring(0, stop + 1);
    }
    return TextRules.inShort(flat, GOAL_WORDS);
  }
}
