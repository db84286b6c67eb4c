package org.goldenthread.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goldenthread.child.NeedCode;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.SummaryRow;
import org.goldenthread.web.ValidationProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory's pages: the search with its results, a service with everything about it, and for
 * its keepers the forms to add and change a service and the button to record it checked today.
 */
@Controller
@RequestMapping("/directory")
class DirectoryPageController {

  static final String SEARCH = "directory/search";
  static final String SERVICE = "directory/service";
  static final String FORM_PAGE = "directory/service-form";
  static final String FORM = "serviceForm";
  static final int PAGE_SIZE = 20;

  /** The service's field names where the form's differ. */
  private static final Map<String, String> FORM_FIELDS = Map.of("areas", "authorities");

  private final Directory directory;
  private final DirectorySearch search;
  private final PageLabels labels;

  DirectoryPageController(Directory directory, DirectorySearch search, PageLabels labels) {
    this.directory = directory;
    this.search = search;
    this.labels = labels;
  }

  @GetMapping
  String search(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute("search") SearchForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    PageOf<ServiceView> found = new PageOf<>(List.of(), 0, PAGE_SIZE, 0);
    try {
      found = directory.search(form.query(), page, PAGE_SIZE);
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    }
    Page<ServiceView> results =
        new PageImpl<>(found.items(), PageRequest.of(found.page(), PAGE_SIZE), found.total());
    model.addAttribute("results", results);
    model.addAttribute("searched", !form.isEmpty());
    model.addAttribute("keeper", directory.keeps(user));
    addChoices(model);
    model.addAttribute("areaChoices", areaChoices());
    model.addAttribute(
        "uncheckedChoice",
        List.of(Choice.of("true", labels.text("directory.search.unchecked.label"))));
    return SEARCH;
  }

  @GetMapping("/services/{serviceId}")
  String show(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String serviceId, Model model) {
    return servicePage(user, directory.get(NotFound.id(serviceId)), model);
  }

  @GetMapping("/services/new")
  String addForm(@AuthenticationPrincipal CurrentUser user, Model model) {
    requireKeeper(user);
    model.addAttribute(FORM, ServiceForm.empty());
    return formPage(model, false, null);
  }

  @PostMapping("/services")
  String add(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(FORM) ServiceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requireKeeper(user);
    try {
      ServiceView added = directory.add(user, form.input());
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("directory.banner.added", added.name()));
      return "redirect:/directory/services/" + added.id();
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, FORM_FIELDS);
    }
    return formPage(model, false, null);
  }

  @GetMapping("/services/{serviceId}/edit")
  String editForm(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String serviceId, Model model) {
    requireKeeper(user);
    ServiceView service = directory.get(NotFound.id(serviceId));
    model.addAttribute(FORM, ServiceForm.of(service));
    return formPage(model, true, service);
  }

  @PostMapping("/services/{serviceId}")
  String change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String serviceId,
      @ModelAttribute(FORM) ServiceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requireKeeper(user);
    ServiceView service = directory.get(NotFound.id(serviceId));
    long version = PageForms.requireVersion(form.version(), binding);
    try {
      ServiceView changed = directory.change(user, service.id(), form.input(), version);
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("directory.banner.changed", changed.name()));
      return "redirect:/directory/services/" + changed.id();
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, FORM_FIELDS);
    } catch (EditConflict conflict) {
      ServiceView now = directory.get(service.id());
      PageForms.showConflict(
          model, FORM, typed(form), ServiceForm.of(now), "directory.error.changed");
      return formPage(model, true, now);
    }
    return formPage(model, true, service);
  }

  @PostMapping("/services/{serviceId}/checked")
  String checked(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String serviceId,
      RedirectAttributes redirect) {
    requireKeeper(user);
    ServiceView service = directory.markChecked(user, NotFound.id(serviceId), null);
    redirect.addFlashAttribute(
        PageBanner.ATTRIBUTE, PageBanner.success("directory.banner.checked", service.name()));
    return "redirect:/directory/services/" + service.id();
  }

  private String servicePage(CurrentUser user, ServiceView service, Model model) {
    model.addAttribute("service", service);
    model.addAttribute("keeper", directory.keeps(user, service));
    model.addAttribute("areaNames", areaNames(service.areas()));
    return SERVICE;
  }

  private String formPage(Model model, boolean editing, ServiceView service) {
    model.addAttribute("editing", editing);
    model.addAttribute("service", service);
    model.addAttribute(
        "formAction", editing ? "/directory/services/" + service.id() : "/directory/services");
    model.addAttribute("kindChoices", Choice.ofValues(SupportKind.values()));
    model.addAttribute(
        "authorityChoices",
        directory.authorities().stream()
            .map(authority -> Choice.of(authority.code(), authority.name()))
            .toList());
    model.addAttribute(
        "freeChoice", List.of(Choice.of("true", labels.text("directory.form.free.label"))));
    model.addAttribute(
        "independentChoice",
        List.of(Choice.of("true", labels.text("directory.form.independent.label"))));
    addChoices(model);
    return FORM_PAGE;
  }

  private void addChoices(Model model) {
    model.addAttribute(
        "needChoices",
        Choice.ofValues(
            Arrays.stream(NeedCode.values())
                .filter(need -> need != NeedCode.NSA)
                .toArray(NeedCode[]::new)));
    model.addAttribute(
        "languageChoices",
        Choice.ofValues(org.goldenthread.child.CensusLanguages.languages().toArray(String[]::new)));
  }

  /** The authorities by name, then the postcode districts the directory names. */
  private List<Choice> areaChoices() {
    List<Choice> choices = new ArrayList<>();
    for (LocalAuthoritySummary authority : directory.authorities()) {
      choices.add(Choice.of(authority.code(), authority.name()));
    }
    for (String district : search.districts()) {
      choices.add(Choice.of(district, district));
    }
    return choices;
  }

  /** Each area in words: an authority by its name, a district as it is. */
  private List<String> areaNames(List<String> areas) {
    Map<String, String> names = new java.util.HashMap<>();
    directory.authorities().forEach(authority -> names.put(authority.code(), authority.name()));
    return areas.stream().map(area -> names.getOrDefault(area, area)).toList();
  }

  private List<SummaryRow> typed(ServiceForm form) {
    return labels.rows(
        "directory.form.name.label",
        form.name(),
        "directory.form.summary.label",
        form.summary(),
        "directory.form.phone.label",
        form.phone(),
        "directory.form.email.label",
        form.email(),
        "directory.form.website.label",
        form.website(),
        "directory.form.openingTimes.label",
        form.openingTimes(),
        "directory.form.cost.label",
        form.cost());
  }

  private void requireKeeper(CurrentUser user) {
    if (!directory.keeps(user)) {
      throw Directory.forbidden();
    }
  }
}
