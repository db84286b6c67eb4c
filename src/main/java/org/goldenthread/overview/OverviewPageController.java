package org.goldenthread.overview;

import java.util.Locale;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.CsvText;
import org.goldenthread.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The authority's overview page (each section a chart and a table of the same figures) and each
 * table as CSV, for the authority's officers; {@code /overview} takes an officer to their own.
 */
@Controller
class OverviewPageController {

  static final String PAGE = "overview/overview";

  private final Overviews overviews;
  private final OverviewSections sections;

  OverviewPageController(Overviews overviews, OverviewSections sections) {
    this.overviews = overviews;
    this.sections = sections;
  }

  @GetMapping("/overview")
  String mine(@AuthenticationPrincipal CurrentUser user) {
    return Overviews.firstAuthority(user)
        .map(id -> "redirect:" + OverviewLinks.authority(id))
        .orElseThrow(NotFound::error);
  }

  @GetMapping("/authorities/{authorityId}/overview")
  String page(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String authorityId,
      Model model,
      Locale locale) {
    AuthorityDashboard dashboard = overviews.dashboard(user, NotFound.id(authorityId));
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("sections", sections.all(dashboard, locale));
    return PAGE;
  }

  @GetMapping(value = "/authorities/{authorityId}/overview/{section}.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String authorityId,
      @PathVariable String section,
      Locale locale) {
    if (!OverviewSections.IDS.contains(section)) {
      throw NotFound.error();
    }
    AuthorityDashboard dashboard = overviews.dashboard(user, NotFound.id(authorityId));
    OverviewSections.Built built = sections.build(section, dashboard, locale);
    return CsvText.download(
        CsvText.of(built.section().lines(built.allRows())),
        section + "-" + dashboard.asOf() + ".csv");
  }
}
