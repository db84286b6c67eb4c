package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upload form on the running server, as a browser posts it (multipart, with the page's CSRF
 * token): a file shared and downloaded again the same; a file too large or of the wrong type shown
 * beside the file field, with nothing kept.
 */
@IntegrationTest
class DocumentPagesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  PageSession pages;
  Pupils.Pupil pupil;
  String list;

  @BeforeEach
  void theMotherSignsIn() {
    String email = "parent+" + UUID.randomUUID() + "@pages.example";
    pupil = new Pupils(context).pupil("Ela", "Hart").withParent(email, "Sam Hart").add();
    pages = new PageSession(port);
    pages.signIn(email, ApiClient.DEMO_PASSWORD);
    list = "/children/" + pupil.id() + "/documents";
  }

  private PageSession.Page share(String title, String fileName, byte[] file) {
    return pages.submitFile(
        pages.get(list),
        "form[enctype=multipart/form-data]",
        Map.of("title", title, "kind", "PARENT_EVIDENCE"),
        "file",
        fileName,
        file);
  }

  private long stored() {
    return jdbc.sql("select count(*) from document where child_id = ?")
        .param(pupil.id())
        .query(Long.class)
        .single();
  }

  @Test
  void aFileSharedOnThePageIsListedAndDownloadsTheSame() {
    byte[] pdf = Uploads.pdf("What helps at home");

    PageSession.Page shared = share("What helps at home", "home.pdf", pdf);

    assertThat(shared.status()).as(shared.body()).isEqualTo(302);
    PageSession.Page listed = pages.get(shared.location());
    assertThat(listed.document().select(".govuk-notification-banner").text())
        .contains("You shared What helps at home");
    String href = listed.document().select("#documents tbody tr a").attr("href");
    PageSession.Page document = pages.get(href);
    Download file = pages.download(document.document().select("#download").attr("href"));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aFileTooLargeOrOfTheWrongKindIsShownBesideTheFileFieldAndNothingIsKept() {
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(Uploads.pdf("big"), 0, big, 0, 200);

    PageSession.Page tooBig = share("Scans", "scans.pdf", big);

    assertThat(tooBig.status()).isEqualTo(200);
    assertThat(tooBig.document().select("#file-error").text())
        .contains("The file is too big: it can be up to 20 MB");
    assertThat(tooBig.document().select(".govuk-error-summary a").attr("href")).isEqualTo("#file");

    PageSession.Page program = share("Report", "report.pdf", Uploads.windowsProgram());
    assertThat(program.document().select("#file-error").text())
        .contains("We cannot take this kind of file");
    assertThat(stored()).isZero();
  }

  @Test
  void aFilePastTheUploadLimitIsA413PageNotAServerError() {
    PageSession.Page huge = share("Scans", "scans.pdf", new byte[30 * 1024 * 1024]);

    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.document().select("h1").text()).isNotBlank();
    assertThat(stored()).isZero();
  }
}
