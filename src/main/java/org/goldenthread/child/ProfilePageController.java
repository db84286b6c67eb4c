package org.goldenthread.child;

import java.util.List;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.SummaryRow;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing one section of the one-page profile, and reading what it said before. */
@Controller
class ProfilePageController {

  static final String FORM_VIEW = "child/profile-form";
  static final String HISTORY_VIEW = "child/profile-history";
  static final String FORM = "profileForm";

  private final Children children;
  private final Profiles profiles;
  private final PageLabels labels;

  ProfilePageController(Children children, Profiles profiles, PageLabels labels) {
    this.children = children;
    this.profiles = profiles;
    this.labels = labels;
  }

  @GetMapping("/children/{childId}/profile/{section}")
  String edit(AccessibleChild child, @PathVariable String section, Model model) {
    child.require(Permission.EDIT_PROFILE);
    ProfileSectionKind kind = kindOf(section);
    ProfileSectionView current = current(child, kind);
    model.addAttribute(FORM, new ProfileForm(current.text(), current.version()));
    return formPage(child, kind, model);
  }

  @PostMapping("/children/{childId}/profile/{section}")
  String save(
      AccessibleChild child,
      @PathVariable String section,
      @ModelAttribute(FORM) @CheckedText ProfileForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.EDIT_PROFILE);
    ProfileSectionKind kind = kindOf(section);
    long version = PageForms.requireVersion(form.version(), binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        profiles.write(child, kind, form.text(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("child.profile.banner.saved", title(kind)));
        return "redirect:/children/" + child.id() + "#profile-" + ProfileSectionPage.slug(kind);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        ProfileSectionView now = current(child, kind);
        PageForms.showConflict(
            model,
            FORM,
            List.of(SummaryRow.of(title(kind), form.text() == null ? "" : form.text())),
            new ProfileForm(now.text(), now.version()),
            "child.conflict.profile");
      }
    }
    return formPage(child, kind, model);
  }

  @GetMapping("/children/{childId}/profile/{section}/history")
  String history(AccessibleChild child, @PathVariable String section, Model model) {
    ProfileSectionKind kind = kindOf(section);
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("sectionKind", kind.name());
    model.addAttribute(
        "versions", profiles.history(child, kind).stream().map(ProfileSectionPage::of).toList());
    return HISTORY_VIEW;
  }

  private String formPage(AccessibleChild child, ProfileSectionKind kind, Model model) {
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("sectionKind", kind.name());
    model.addAttribute(
        "formAction", "/children/" + child.id() + "/profile/" + ProfileSectionPage.slug(kind));
    return FORM_VIEW;
  }

  private ProfileSectionView current(AccessibleChild child, ProfileSectionKind kind) {
    return profiles.sections(child).stream()
        .filter(view -> view.section() == kind)
        .findFirst()
        .orElseThrow(NotFound::error);
  }

  private String title(ProfileSectionKind kind) {
    return labels.text("child.profile.section." + kind.name());
  }

  private static ProfileSectionKind kindOf(String slug) {
    return ProfileSectionPage.kindOf(slug).orElseThrow(NotFound::error);
  }
}
