package org.goldenthread.dataexchange;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The import and census API's shapes: 200, 400 with the same shape, 202 with a job, 404. */
@WebMvcTest(ImportApiController.class)
class ImportApiControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser STRANGER = TestDoor.person("Tom Reid", Role.TEACHER);

  @Autowired MockMvc mvc;
  @MockitoBean PupilImports imports;
  @MockitoBean Census census;
  UUID school;

  @BeforeEach
  void aSchool() {
    school = SENCO.organisationsWhere(Role.SENCO).iterator().next();
    willThrow(NotFound.error()).given(imports).requireImporter(eq(STRANGER), any());
    given(imports.read(anyBoolean(), any()))
        .willAnswer(call -> new PupilImports.Read(PupilFile.read(call.getArgument(1)), null));
  }

  private org.springframework.test.web.servlet.RequestBuilder upload(
      CurrentUser who, String csv, boolean dryRun) {
    return MockMvcRequestBuilders.multipart("/api/v1/imports/pupils")
        .file(
            new MockMultipartFile(
                "file", "p.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .param("school", school.toString())
        .param("dryRun", Boolean.toString(dryRun))
        .with(user(who))
        .with(csrf());
  }

  @Test
  void anImportAnswersItsCounts() throws Exception {
    given(imports.run(eq(SENCO), eq(school), any(), eq(true), any()))
        .willReturn(
            new PupilImports.Result(
                new ImportAnswer(true, 2, 1, 0, List.of(), 0, 0),
                List.of(),
                0,
                0,
                PupilFile.Format.CSV));
    mvc.perform(upload(SENCO, ImportFiles.csv(3), true))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dryRun").value(true))
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.changed").value(1))
        .andExpect(jsonPath("$.unchanged").value(0))
        .andExpect(jsonPath("$.errors").isEmpty());
  }

  @Test
  void anyErrorIsA400WithTheSameShape() throws Exception {
    given(imports.run(eq(SENCO), eq(school), any(), eq(false), any()))
        .willReturn(
            new PupilImports.Result(
                new ImportAnswer(
                    false,
                    0,
                    0,
                    0,
                    List.of(new ImportAnswer.ImportError(43, "dateOfBirth", "Enter the date")),
                    0,
                    0),
                List.of(),
                0,
                0,
                PupilFile.Format.CSV));
    mvc.perform(upload(SENCO, ImportFiles.csv(3), false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.errors[0].line").value(43))
        .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
        .andExpect(jsonPath("$.errors[0].message").value("Enter the date"));
  }

  @Test
  void moreThanAThousandPupilsAnswer202WithTheJob() throws Exception {
    UUID job = UUID.randomUUID();
    given(imports.start(eq(SENCO), eq(school), any(), eq(false))).willReturn(job);
    mvc.perform(upload(SENCO, ImportFiles.csv(1_001), false))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/v1/imports/jobs/" + job));

    given(imports.job(SENCO, job))
        .willReturn(
            new ImportJob(
                job,
                school,
                SENCO.id(),
                false,
                ImportJob.Status.RUNNING,
                30,
                1001,
                null,
                null,
                null,
                1));
    mvc.perform(Slices.apiGet(SENCO, "/api/v1/imports/jobs/" + job))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RUNNING"))
        .andExpect(jsonPath("$.progress").value(30));
  }

  @Test
  void strangersGet404() throws Exception {
    mvc.perform(upload(STRANGER, ImportFiles.csv(1), true)).andExpect(status().isNotFound());
    willThrow(NotFound.error()).given(census).csv(eq(STRANGER), any());
    mvc.perform(
            MockMvcRequestBuilders.get("/api/v1/exports/census?school=" + school)
                .with(user(STRANGER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCensusIsCsv() throws Exception {
    given(census.csv(SENCO, school)).willReturn(Census.HEADER + "\r\n");
    mvc.perform(
            MockMvcRequestBuilders.get("/api/v1/exports/census?school=" + school).with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string(Census.HEADER + "\r\n"));
  }
}
