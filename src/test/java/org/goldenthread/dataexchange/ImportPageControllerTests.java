package org.goldenthread.dataexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.SchoolRoll.Change;
import org.goldenthread.child.SchoolRoll.PreviewRow;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The import pages: the upload with the template and samples, the preview (errors by line and field
 * in an error summary and a table, or the counts and the import button), the job's progress and
 * outcome, the census check, and strangers (404).
 */
@WebMvcTest(ImportPageController.class)
@Import(Slices.Pages.class)
class ImportPageControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser STRANGER = TestDoor.person("Tom Reid", Role.TEACHER);

  @Autowired MockMvc mvc;
  @MockitoBean PupilImports imports;
  @MockitoBean Census census;

  UUID school;
  String page;

  @BeforeEach
  void aSchool() {
    school = SENCO.organisationsWhere(Role.SENCO).iterator().next();
    page = "/schools/" + school + "/import";
    willThrow(NotFound.error()).given(imports).requireImporter(eq(STRANGER), any());
    given(imports.read(anyBoolean(), any()))
        .willAnswer(call -> new PupilImports.Read(PupilFile.read(call.getArgument(1)), null));
  }

  private Document upload(String csv) throws Exception {
    return Slices.parse(
        mvc,
        MockMvcRequestBuilders.multipart(page)
            .file(
                new MockMultipartFile(
                    "file", "pupils.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .with(csrf())
            .with(user(SENCO)));
  }

  @Test
  void theUploadPageOffersTheTemplateAndSamples() throws Exception {
    Document form = Slices.show(mvc, SENCO, page);

    assertThat(form.select("h1").text()).isEqualTo("Import pupils");
    assertThat(form.select("#import-template").attr("href"))
        .isEqualTo("/assets/import/pupil-import-template.csv");
    assertThat(form.select("#import-sample-ctf").attr("href"))
        .isEqualTo("/assets/import/sample-ctf.xml");
    assertThat(form.select("form[enctype=multipart/form-data] input[type=file]#file")).hasSize(1);
  }

  @Test
  void strangersAreToldTheSchoolIsNotThere() throws Exception {
    mvc.perform(MockMvcRequestBuilders.get(page).with(user(STRANGER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void noFileIsAnErrorBesideTheField() throws Exception {
    Document form =
        Slices.parse(mvc, MockMvcRequestBuilders.multipart(page).with(csrf()).with(user(SENCO)));
    assertThat(form.select(".govuk-error-summary a[href=#file]").text())
        .isEqualTo("Choose a file to upload");
    assertThat(form.title()).startsWith("Error:");
  }

  @Test
  void aFileThatIsNotOurTemplateIsRefusedBesideTheField() throws Exception {
    org.mockito.BDDMockito.willReturn(
            new PupilImports.Read(
                null,
                new ImportAnswer(
                    true,
                    0,
                    0,
                    0,
                    List.of(
                        new ImportAnswer.ImportError(
                            1, "file", "The first line does not match the template")),
                    0,
                    0)))
        .given(imports)
        .read(anyBoolean(), any());
    Document form = upload("name,age\nAda,9\n");
    assertThat(form.select("#file-error").text()).contains("does not match the template");
  }

  @Test
  void aPreviewWithErrorsListsThemByLineAndFieldAndOffersNoImport() throws Exception {
    given(imports.run(eq(SENCO), eq(school), any(), eq(true), any()))
        .willReturn(
            new PupilImports.Result(
                new ImportAnswer(
                    true,
                    2,
                    0,
                    0,
                    List.of(
                        new ImportAnswer.ImportError(
                            43, "dateOfBirth", "Enter the date as 2015-03-02 or 02/03/2015")),
                    0,
                    0),
                List.of(new PreviewRow(2, "A801200001004", "Izzy Ashdown", Change.CREATED)),
                0,
                0,
                PupilFile.Format.CSV));
    Document preview = upload(ImportFiles.csv(3));

    assertThat(preview.select(".govuk-error-summary li").text())
        .isEqualTo("Line 43, dateOfBirth: Enter the date as 2015-03-02 or 02/03/2015");
    assertThat(preview.select("#import-errors tbody tr td").eachText())
        .containsExactly("43", "dateOfBirth", "Enter the date as 2015-03-02 or 02/03/2015");
    assertThat(preview.select("#import-run")).isEmpty();
    assertThat(preview.title()).startsWith("Error:");
  }

  @Test
  void aGoodPreviewShowsTheCountsAndTheImportButton() throws Exception {
    UUID kept = UUID.randomUUID();
    given(imports.run(eq(SENCO), eq(school), any(), eq(true), any()))
        .willReturn(
            new PupilImports.Result(
                new ImportAnswer(true, 1, 1, 1, List.of(), 2, 0),
                List.of(
                    new PreviewRow(2, "A801200001004", "Izzy Ashdown", Change.CREATED),
                    new PreviewRow(3, "P801200001005", "Tobenna Okafor", Change.CHANGED),
                    new PreviewRow(4, "D801200001006", "Niamh Byrne", Change.UNCHANGED)),
                3,
                2,
                PupilFile.Format.CTF));
    given(imports.keep(eq(SENCO), eq(school), any(), any(), eq(3))).willReturn(kept);
    Document preview = upload(ImportFiles.csv(3));

    assertThat(preview.select("#import-created").text()).isEqualTo("1");
    assertThat(preview.select("#import-changed").text()).isEqualTo("1");
    assertThat(preview.select("#import-unchanged").text()).isEqualTo("1");
    assertThat(preview.select("#import-run").text()).isEqualTo("Import 2 pupils");
    assertThat(preview.select("form:has(#import-run)").attr("action")).isEqualTo(page + "/" + kept);
    assertThat(preview.select("#import-rows tbody tr")).hasSize(2);
    assertThat(preview.select("#import-family").text())
        .isEqualTo(
            "The file names 3 parents and carers: 2 of them will be added to their"
                + " children's families.");
  }

  @Test
  void aRunningJobShowsItsProgressAndAFinishedOneWhatItDid() throws Exception {
    UUID id = UUID.randomUUID();
    ImportJob running =
        new ImportJob(
            id, school, SENCO.id(), false, ImportJob.Status.RUNNING, 40, 900, null, null, null, 1);
    given(imports.job(SENCO, id)).willReturn(running);
    Document progress = Slices.show(mvc, SENCO, page + "/jobs/" + id);
    assertThat(progress.select("progress#import-progress").attr("value")).isEqualTo("40");
    assertThat(progress.select("label[for=import-progress]")).hasSize(1);
    assertThat(progress.select("[aria-live=polite]").text()).contains("40%");
    assertThat(progress.select("[data-module=app-import-progress]").attr("data-status-url"))
        .isEqualTo(page + "/jobs/" + id + "/status");
    assertThat(progress.select("#import-refresh").attr("href")).isEqualTo(page + "/jobs/" + id);

    ImportJob done =
        new ImportJob(
            id, school, SENCO.id(), false, ImportJob.Status.DONE, 100, 900, null, 200, "{}", 2);
    given(imports.job(SENCO, id)).willReturn(done);
    given(imports.answerOf(done)).willReturn(new ImportAnswer(false, 899, 1, 0, List.of(), 0, 0));
    Document finished = Slices.show(mvc, SENCO, page + "/jobs/" + id);
    assertThat(finished.select("#import-done").text())
        .isEqualTo("Imported: 899 added, 1 brought up to date, 0 already up to date");
  }

  @Test
  void theCensusCheckListsEachFailingChildWithALinkAndTheCsv() throws Exception {
    UUID child = UUID.randomUUID();
    given(census.check(SENCO, school))
        .willReturn(
            List.of(
                new Census.Failing(
                    child,
                    "Sam Doe",
                    null,
                    List.of("census.problem.upn.missing", "census.problem.primary.missing"))));
    Document check = Slices.show(mvc, SENCO, "/schools/" + school + "/census");

    assertThat(check.select("#census-failing tbody a").attr("href"))
        .isEqualTo("/children/" + child);
    assertThat(check.select("#census-failing tbody li").eachText())
        .containsExactly(
            "No UPN recorded", "SEN support or an EHC plan, but no primary need recorded");
    assertThat(check.select("#census-download").attr("href"))
        .isEqualTo("/schools/" + school + "/census.csv");
  }
}
