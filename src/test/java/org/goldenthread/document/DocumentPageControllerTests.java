package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.util.unit.DataSize;

/**
 * The documents pages: the list with its upload form (errors beside the file field), one document's
 * page with the download, and the school's response form for the school.
 */
@WebMvcTest(DocumentPageController.class)
@Import({Dates.class, PageLabels.class, DocumentSizes.class})
class DocumentPageControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  private static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Documents documents;

  private AccessibleChild sarah;
  private AccessibleChild asSenco;
  private DocumentView evidence;
  private DocumentView report;
  private String list;

  @BeforeEach
  void sarahsDocuments() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(access.open(eq(SENCO), eq(sarah.id()))).willReturn(asSenco);
    evidence = DocumentViews.evidence(sarah.id(), PARENT.id(), LocalDate.of(2026, 12, 24));
    report = DocumentViews.report(sarah.id(), SENCO.id());
    list = "/children/" + sarah.id() + "/documents";
    given(documents.page(any(), anyInt(), anyInt()))
        .willReturn(new PageImpl<>(List.of(evidence, report), PageRequest.of(0, 20), 2));
    given(documents.maxSize()).willReturn(DataSize.ofMegabytes(20));
    given(documents.get(any(), eq(evidence.id()))).willReturn(evidence);
    given(documents.mayRespond(asSenco)).willReturn(true);
  }

  private Document show(CurrentUser person, String path) throws Exception {
    return page(get(path).with(user(person)));
  }

  private Document page(RequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String html = result.getResponse().getContentAsString();
    assertThat(result.getResponse().getStatus()).as(html).isEqualTo(200);
    return Jsoup.parse(html);
  }

  private RequestBuilder upload(CurrentUser person, String title, String kind) {
    return multipart(list)
        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", Uploads.pdf("x")))
        .param("title", title)
        .param("kind", kind)
        .with(user(person))
        .with(csrf());
  }

  @Test
  void listsEachDocumentWithWhoSharedItWhenItsSizeAndWhereTheResponseStands() throws Exception {
    Document page = show(PARENT, list);

    assertThat(page.select("h1").text()).isEqualTo("Documents and evidence for Sarah Bennett");
    assertThat(page.select("#documents caption").text()).isEqualTo("Shared so far");
    String row = page.select("#document-" + evidence.id()).text();
    assertThat(row)
        .contains(
            "Notes from home",
            "Evidence from the family",
            "Claire Bennett on 3 December 2026",
            "1.2 MB",
            "Response due 24 December 2026");
    assertThat(page.select("#document-" + report.id()).text())
        .contains("Assessment report", "Fiona Walsh", "2 KB", "Not asked for");
    assertThat(page.select("#document-" + evidence.id() + " a").attr("href"))
        .isEqualTo(list + "/" + evidence.id());
    assertThat(page.select("td[data-label]")).isNotEmpty();
  }

  @Test
  void theUploadFormIsAMultipartFormWithALabelForEachField() throws Exception {
    Document page = show(PARENT, list);

    var form = page.select("form[enctype=multipart/form-data]");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
    assertThat(page.select("label[for=title]").text()).isEqualTo("What is it called?");
    assertThat(page.select("legend").text()).isEqualTo("What kind of document is it?");
    assertThat(page.select("input[name=kind]").eachAttr("value"))
        .containsExactly(
            "ASSESSMENT_REPORT", "MEDICAL_LETTER", "SCHOOL_REPORT", "PARENT_EVIDENCE", "OTHER");
    assertThat(page.select("label[for=file]").text()).isEqualTo("The file");
    assertThat(page.select("#file").attr("type")).isEqualTo("file");
    assertThat(page.select("#file").hasClass("govuk-file-upload")).isTrue();
    assertThat(page.select("#file-hint").text()).contains("up to 20 MB");
    assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint");
    assertThat(page.text()).contains("The school will read what you share");
  }

  @Test
  void anUploadGoesBackToTheListWithABanner() throws Exception {
    given(documents.upload(eq(sarah), eq("Notes from home"), eq("PARENT_EVIDENCE"), any()))
        .willReturn(evidence);

    mvc.perform(upload(PARENT, "Notes from home", "PARENT_EVIDENCE"))
        .andExpect(redirectedUrl(list))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("document.banner.evidence", "Notes from home")));
  }

  @Test
  void aFileRefusedIsShownBesideTheFileFieldAndInTheSummary() throws Exception {
    given(documents.upload(eq(sarah), any(), any(), any()))
        .willThrow(
            new DocumentRefused(
                HttpStatus.CONTENT_TOO_LARGE, "Too big", "document.error.tooLarge", "20 MB"))
        .willThrow(
            new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "No", "document.error.type"));

    Document tooBig = page(upload(PARENT, "Scan", "OTHER"));
    assertThat(tooBig.title()).startsWith("Error: ");
    assertThat(tooBig.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#file The file is too big: it can be up to 20 MB");
    assertThat(tooBig.select("#file-error").text()).contains("The file is too big");
    assertThat(tooBig.select("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
    assertThat(tooBig.select("#title").val()).isEqualTo("Scan");

    Document wrongType = page(upload(PARENT, "Scan", "OTHER"));
    assertThat(wrongType.select("#file-error").text()).contains("We cannot take this kind");
  }

  @Test
  void missingFieldsAreShownBesideEachInTheOrderOfThePage() throws Exception {
    given(documents.upload(eq(sarah), any(), any(), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new ValidationProblem.FieldMessage("file", "document.error.file"),
                    new ValidationProblem.FieldMessage("title", "document.error.title"),
                    new ValidationProblem.FieldMessage("kind", "document.error.kind"))));

    Document page = page(multipart(list).with(user(PARENT)).with(csrf()));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#title", "#kind", "#file");
    assertThat(page.select("#title-error").text()).contains("Give the document a name");
    assertThat(page.select("#kind-error").text()).contains("Choose what kind");
    assertThat(page.select("#file-error").text()).contains("Choose a file to share");
  }

  @Test
  void theFamilySeesWhenTheSchoolWillRespondAndNoForm() throws Exception {
    Document page = show(PARENT, list + "/" + evidence.id());

    assertThat(page.select("h1").text()).isEqualTo("Notes from home");
    assertThat(page.select("#download").attr("href"))
        .isEqualTo(list + "/" + evidence.id() + "/file");
    assertThat(page.select(".govuk-summary-list").text())
        .contains("notes.pdf (PDF, 1.2 MB)", DocumentViews.SHA, "24 December 2026");
    assertThat(page.select("#response-awaited").text()).contains("by 24 December 2026");
    assertThat(page.select("textarea")).isEmpty();
  }

  @Test
  void theSencoRecordsTheResponseFromTheVersionRead() throws Exception {
    Document page = show(SENCO, list + "/" + evidence.id());
    assertThat(page.select("label[for=text]").text()).isEqualTo("Write the school's response");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("0");

    given(documents.respond(asSenco, evidence.id(), "Thank you", 0L))
        .willReturn(DocumentViews.responded(evidence, "Thank you"));
    mvc.perform(
            post(list + "/" + evidence.id())
                .param("text", "Thank you")
                .param("version", "0")
                .with(user(SENCO))
                .with(csrf()))
        .andExpect(redirectedUrl(list + "/" + evidence.id()));
  }

  @Test
  void anEmptyOrLateResponseIsShownOnTheForm() throws Exception {
    given(documents.respond(asSenco, evidence.id(), "", 0L))
        .willThrow(ValidationProblem.of("text", "document.error.responseText"));
    given(documents.respond(asSenco, evidence.id(), "Mine", 0L)).willThrow(new EditConflict());

    Document empty =
        page(
            post(list + "/" + evidence.id())
                .param("text", "")
                .param("version", "0")
                .with(user(SENCO))
                .with(csrf()));
    assertThat(empty.select(".govuk-error-summary a").attr("href")).isEqualTo("#text");
    assertThat(empty.select("#text-error").text()).contains("Write what the school makes of it");

    Document conflict =
        page(
            post(list + "/" + evidence.id())
                .param("text", "Mine")
                .param("version", "0")
                .with(user(SENCO))
                .with(csrf()));
    assertThat(conflict.select(".govuk-error-summary").text())
        .contains("Someone else saved a response");
  }

  @Test
  void theFileDownloadsAsAnAttachment() throws Exception {
    given(documents.file(sarah, evidence.id()))
        .willReturn(new StoredFile(Uploads.pdf("x"), "application/pdf", "notes.pdf", "ab"));

    mvc.perform(get(list + "/" + evidence.id() + "/file").with(user(PARENT)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"notes.pdf\""))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void aStrangerFindsNoneOfThePages() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(list + "/" + evidence.id()).with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get(list + "/" + evidence.id() + "/file").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(upload(stranger, "Mine", "OTHER")).andExpect(status().isNotFound());
    verify(documents, never()).upload(any(), any(), any(), any());
  }
}
