package org.goldenthread.feedback;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Language;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What families said, counted: the authority's page (by school and term, a chart and a table) and
 * its CSV for an officer of the authority, and the school's page (with the comments) for its SENCO.
 * Never a name; a group of fewer than five families shows no figures.
 */
@Controller
class FeedbackReportController {

  static final String AUTHORITY = "feedback/authority";
  static final String SCHOOL = "feedback/school";

  private final FeedbackReports reports;
  private final MessageSource messages;

  FeedbackReportController(FeedbackReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/authorities/{authorityId}/feedback")
  String authority(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String authorityId,
      @RequestParam(required = false) String year,
      Model model,
      Locale locale) {
    int schoolYear = reports.year(year);
    FeedbackReports.AuthorityReport report =
        reports.authority(user, NotFound.id(authorityId), schoolYear, 0, PageOf.MAX_SIZE);
    model.addAttribute("report", report);
    model.addAttribute("groups", report.groups().items());
    model.addAttribute("more", report.groups().total() - report.groups().items().size());
    addYears(model, schoolYear);
    model.addAttribute("chart", chart(report.groups().items(), locale));
    model.addAttribute("smallest", FeedbackFigures.SMALLEST_GROUP);
    return AUTHORITY;
  }

  @GetMapping(value = "/authorities/{authorityId}/feedback.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String authorityId,
      @RequestParam(required = false) String year,
      Locale locale) {
    int schoolYear = reports.year(year);
    FeedbackReports.AuthorityReport report =
        reports.authority(user, NotFound.id(authorityId), schoolYear, 0, PageOf.MAX_SIZE);
    String csv = FeedbackCsv.of(report.groups().items(), key -> text(key, locale));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("families-feedback-" + schoolYear + ".csv")
                .build()
                .toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/schools/{schoolId}/feedback")
  String school(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      @RequestParam(required = false) String year,
      Model model,
      Locale locale) {
    int schoolYear = reports.year(year);
    FeedbackReports.SchoolReport report = reports.school(user, NotFound.id(schoolId), schoolYear);
    model.addAttribute("report", report);
    model.addAttribute("groups", report.groups());
    model.addAttribute("comments", report.comments());
    addYears(model, schoolYear);
    model.addAttribute("chart", chart(report.groups(), locale));
    model.addAttribute("smallest", FeedbackFigures.SMALLEST_GROUP);
    return SCHOOL;
  }

  private void addYears(Model model, int schoolYear) {
    model.addAttribute("year", schoolYear);
    model.addAttribute("previousYear", schoolYear - 1);
    model.addAttribute(
        "nextYear", schoolYear < reports.currentYear() ? Integer.valueOf(schoolYear + 1) : null);
  }

  private FeedbackChart chart(java.util.List<FeedbackGroup> groups, Locale locale) {
    return FeedbackChart.of(
        groups,
        text("feedback.question.feltHeard", locale),
        text("feedback.question.knowsWhatNext", locale),
        group -> group.schoolName() + ", " + term(group.term(), locale),
        Language.of(locale).rightToLeft());
  }

  String term(FeedbackTerm term, Locale locale) {
    return messages.getMessage(
        "feedback.term." + term.season().name(),
        new Object[] {term.schoolYear(), term.schoolYear() + 1},
        locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
