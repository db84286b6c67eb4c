package org.goldenthread.caseload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.YearGroup;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.Choice;
import org.goldenthread.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseload page of a school ({@code /schools/{id}/caseload}): its figures, each a link to the
 * list behind it, and the list, filtered, sorted and paged; the list as a CSV file; and {@code
 * /caseload}, where the navigation sends a SENCO (to their school's caseload).
 */
@Controller
class CaseloadPageController {

  static final String VIEW = "caseload/caseload";

  private final SchoolCaseloads caseloads;
  private final MessageSource messages;

  CaseloadPageController(SchoolCaseloads caseloads, MessageSource messages) {
    this.caseloads = caseloads;
    this.messages = messages;
  }

  @GetMapping("/caseload")
  String mine(@AuthenticationPrincipal CurrentUser user) {
    List<UUID> schools = SchoolCaseloads.sencoSchools(user);
    if (schools.isEmpty()) {
      throw NotFound.error();
    }
    return "redirect:/schools/" + schools.get(0) + "/caseload";
  }

  @GetMapping("/schools/{schoolId}/caseload")
  String caseload(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      CaseloadQuery query,
      @RequestParam(required = false) String page,
      Model model) {
    SchoolSummary school = caseloads.school(user, NotFound.id(schoolId));
    CaseloadFilter filter = query.filter();
    int number = pageNumber(page);
    String base = "/schools/" + school.id() + "/caseload";
    CaseloadQueries.Figures figures = caseloads.figures(school.id());
    CaseloadQueries.CaseloadPage shown = caseloads.page(school.id(), filter, number);
    List<CaseloadRow> rows = shown.rows();
    long matching = filter.isActive() ? shown.matching() : figures.children();
    PageImpl<CaseloadRow> found =
        new PageImpl<>(rows, PageRequest.of(number, SchoolCaseloads.PAGE_SIZE), matching);

    model.addAttribute("school", school);
    model.addAttribute("today", caseloads.today());
    model.addAttribute("figures", figureLinks(base, figures, filter));
    model.addAttribute("filterActive", filter.isActive());
    model.addAttribute("sortName", filter.sort().name());
    model.addAttribute("descending", filter.descending());
    model.addAttribute("caseloadForm", CaseloadForm.of(filter));
    model.addAttribute("filterAction", base);
    model.addAttribute("rows", rows);
    model.addAttribute("rowsPage", found);
    model.addAttribute("matching", matching);
    model.addAttribute("total", figures.children());
    model.addAttribute("columns", columns(base, filter));
    model.addAttribute("csvHref", base + ".csv" + query(filter.query()));
    if (found.hasPrevious()) {
      model.addAttribute("previousHref", pageHref(base, filter, number - 1));
    }
    if (found.hasNext()) {
      model.addAttribute("nextHref", pageHref(base, filter, number + 1));
    }
    model.addAttribute("yearChoices", Choice.ofValues(YearGroup.ALL.toArray(String[]::new)));
    model.addAttribute("statusChoices", Choice.ofValues(SenStatus.values()));
    model.addAttribute("needChoices", Choice.ofValues(NeedCode.values()));
    model.addAttribute("showChoices", Choice.ofValues(Figure.values()));
    return VIEW;
  }

  @GetMapping("/schools/{schoolId}/caseload.csv")
  void csv(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      CaseloadQuery query,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    SchoolSummary school = caseloads.school(user, NotFound.id(schoolId));
    CaseloadFilter filter = query.filter();
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("caseload-" + school.urn() + "-" + caseloads.today() + ".csv")
            .build()
            .toString());
    Writer out = response.getWriter();
    CaseloadCsv csv = new CaseloadCsv(out, key -> messages.getMessage(key, null, key, locale));
    csv.header();
    caseloads.each(school.id(), filter, row -> csv.row(row));
    out.flush();
  }

  private static List<CaseloadFigureLink> figureLinks(
      String base, CaseloadQueries.Figures figures, CaseloadFilter filter) {
    List<CaseloadFigureLink> links = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      links.add(
          new CaseloadFigureLink(
              figure.name(),
              figures.of(figure),
              base + query(CaseloadFilter.showing(figure).query()) + "#caseload-list",
              figure == filter.show()));
    }
    return links;
  }

  private static List<CaseloadColumn> columns(String base, CaseloadFilter filter) {
    List<CaseloadColumn> columns = new ArrayList<>();
    for (CaseloadSort sort : CaseloadSort.values()) {
      String ariaSort =
          sort == filter.sort() ? (filter.descending() ? "descending" : "ascending") : "none";
      columns.add(
          new CaseloadColumn(
              "caseload.column." + sort.name(),
              sort.name(),
              base + query(filter.sortedBy(sort).query()) + "#caseload-list",
              ariaSort));
    }
    return columns;
  }

  private static String pageHref(String base, CaseloadFilter filter, int page) {
    String query = filter.query();
    return base + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
  }

  private static String query(String query) {
    return query.isEmpty() ? "" : "?" + query;
  }

  /** The page asked for, from 0; anything that is not a page number is the first. */
  static int pageNumber(String page) {
    if (page == null || page.isBlank() || page.length() > 6) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
