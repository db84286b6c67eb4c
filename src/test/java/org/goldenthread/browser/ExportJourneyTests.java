package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.childOnHome;
import static org.goldenthread.browser.Journey.exactSection;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.signIn;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A parent takes away a copy of their child's record: from Sarah's page, the export page says what
 * the copy holds, the button downloads one ZIP with the record, its PDFs and a README, and the
 * download is then in the list of who has looked at the record. A teacher has no such link.
 */
class ExportJourneyTests extends BrowserTest {

  @Test
  void theParentDownloadsACopyOfSarahsRecord() throws IOException {
    page.navigate("/sign-in");
    signIn(page, "parent@example.org", DEMO_PASSWORD);
    childOnHome(page, "Sarah Bennett").click();
    assertThat(heading(page)).hasText("Sarah Bennett");
    linkIn(exactSection(page, "A copy of the record"), "Download a copy of the record").click();

    assertThat(heading(page)).hasText("Download a copy of Sarah Bennett's record");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("the documents people have shared");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    Download download = page.waitForDownload(button(page, "Download the copy (ZIP file)")::click);
    Assertions.assertThat(download.suggestedFilename())
        .startsWith("record-sarah-bennett-")
        .endsWith(".zip");
    List<String> names = new ArrayList<>();
    try (InputStream in = download.createReadStream();
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    Assertions.assertThat(names)
        .contains("README.txt", "record.json", "record.schema.json", "audit-log.csv")
        .contains("pdf/plan.pdf");

    page.navigate(page.url().replace("/export", "/audit"));
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Looked at the whole record (a copy to download)");
  }

  @Test
  void aTeacherHasNoLinkToACopy() {
    page.navigate("/sign-in");
    signIn(page, "teacher@riverside.example", DEMO_PASSWORD);
    page.navigate("/children?search=Sarah+Bennett");
    link(page, "Sarah Bennett").click();
    assertThat(heading(page)).hasText("Sarah Bennett");

    assertThat(page.locator("#export")).hasCount(0);
  }
}
