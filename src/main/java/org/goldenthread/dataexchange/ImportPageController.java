package org.goldenthread.dataexchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.SchoolRoll.Change;
import org.goldenthread.child.SchoolRoll.PreviewRow;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SENCO's pupil import: upload a file, see what it will do (errors by line and field), then
 * import it; a job page shows its progress (polled by a little script, or refreshed by hand) and
 * then the outcome. And the census check with its CSV.
 */
@Controller
class ImportPageController {

  static final String UPLOAD = "dataexchange/import";
  static final String PREVIEW = "dataexchange/preview";
  static final String JOB = "dataexchange/job";
  static final String CENSUS = "dataexchange/census";
  static final String FORM = "importForm";

  /** The most pupils and errors a preview lists (the counts always cover the whole file). */
  static final int LISTED = 200;

  private final PupilImports imports;
  private final Census census;

  ImportPageController(PupilImports imports, Census census) {
    this.imports = imports;
    this.census = census;
  }

  /** The upload form's only field. */
  record ImportForm(String file) {}

  @GetMapping("/schools/{schoolId}/import")
  String form(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String schoolId, Model model) {
    UUID school = NotFound.id(schoolId);
    imports.requireImporter(user, school);
    model.addAttribute(FORM, new ImportForm(null));
    model.addAttribute("schoolId", school);
    return UPLOAD;
  }

  @PostMapping("/schools/{schoolId}/import")
  String preview(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    UUID school = NotFound.id(schoolId);
    imports.requireImporter(user, school);
    model.addAttribute("schoolId", school);
    ImportForm form = new ImportForm(null);
    BindingResult binding = new BeanPropertyBindingResult(form, FORM);
    model.addAttribute(FORM, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, binding);
    if (file == null || file.isEmpty()) {
      binding.rejectValue("file", "import.error.noFile");
      return UPLOAD;
    }
    byte[] bytes =
        file.getSize() > PupilFile.MAX_BYTES ? new byte[PupilFile.MAX_BYTES + 1] : file.getBytes();
    PupilImports.Read read = imports.read(true, bytes);
    if (read.file() == null) {
      binding.rejectValue("file", "import.error", read.refused().errors().get(0).message());
      return UPLOAD;
    }
    PupilImports.Result result = imports.run(user, school, read, true, n -> {});
    if (result.answer().errors().isEmpty()) {
      model.addAttribute(
          "previewId",
          imports.keep(user, school, file.getOriginalFilename(), bytes, read.pupils()));
    }
    model.addAttribute("result", result);
    model.addAttribute("answer", result.answer());
    model.addAttribute("errorsListed", first(result.answer().errors()));
    List<PreviewRow> changing =
        result.rows().stream().filter(row -> row.change() != Change.UNCHANGED).toList();
    model.addAttribute("rowsListed", first(changing));
    model.addAttribute("rowsNotListed", Math.max(0, changing.size() - LISTED));
    model.addAttribute("total", result.answer().created() + result.answer().changed());
    return PREVIEW;
  }

  private static <T> List<T> first(List<T> all) {
    return all.size() > LISTED ? all.subList(0, LISTED) : all;
  }

  @PostMapping("/schools/{schoolId}/import/{previewId}")
  String importPreviewed(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      @PathVariable String previewId,
      RedirectAttributes redirect) {
    UUID school = NotFound.id(schoolId);
    UUID preview = NotFound.id(previewId);
    return imports
        .importPreviewed(user, school, preview)
        .map(job -> "redirect:/schools/" + school + "/import/jobs/" + job)
        .orElseGet(
            () -> {
              redirect.addFlashAttribute(
                  PageBanner.ATTRIBUTE, PageBanner.important("import.error.expired", null));
              return "redirect:/schools/" + school + "/import";
            });
  }

  @GetMapping("/schools/{schoolId}/import/jobs/{jobId}")
  String job(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      @PathVariable String jobId,
      Model model) {
    UUID school = NotFound.id(schoolId);
    imports.requireImporter(user, school);
    ImportJob job = imports.job(user, NotFound.id(jobId));
    if (!job.schoolId().equals(school)) {
      throw NotFound.error();
    }
    model.addAttribute("schoolId", school);
    model.addAttribute("job", job);
    if (job.status() == ImportJob.Status.DONE) {
      ImportAnswer answer = imports.answerOf(job);
      model.addAttribute("answer", answer);
      model.addAttribute("errorsListed", first(answer.errors()));
    }
    return JOB;
  }

  /** The job's status for the page's script: {status, progress}. */
  @GetMapping(
      value = "/schools/{schoolId}/import/jobs/{jobId}/status",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> status(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String schoolId,
      @PathVariable String jobId) {
    UUID school = NotFound.id(schoolId);
    imports.requireImporter(user, school);
    ImportJob job = imports.job(user, NotFound.id(jobId));
    return Map.of(
        "status",
        job.status() == ImportJob.Status.DONE ? "DONE" : "RUNNING",
        "progress",
        job.progress());
  }

  @GetMapping("/schools/{schoolId}/census")
  String census(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String schoolId, Model model) {
    UUID school = NotFound.id(schoolId);
    model.addAttribute("failing", census.check(user, school));
    model.addAttribute("schoolId", school);
    return CENSUS;
  }

  @GetMapping(value = "/schools/{schoolId}/census.csv")
  ResponseEntity<String> censusCsv(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String schoolId) {
    UUID school = NotFound.id(schoolId);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"census-sen.csv\"")
        .body(census.csv(user, school));
  }
}
