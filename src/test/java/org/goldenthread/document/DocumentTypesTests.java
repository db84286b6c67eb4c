package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The real type of a file comes from its content; a name alone never makes a type. */
class DocumentTypesTests {

  private final DocumentTypes types = new DocumentTypes();

  @Test
  void aPdfIsAPdfWhateverItIsCalled() {
    byte[] pdf = Uploads.pdf("report");

    assertThat(types.accepted(pdf, "report.pdf")).contains("application/pdf");
    assertThat(types.accepted(pdf, "scan.jpg")).contains("application/pdf");
    assertThat(types.accepted(pdf, null)).contains("application/pdf");
  }

  @Test
  void programsAreRefusedWhateverTheyAreCalled() {
    for (String name : new String[] {"report.pdf", "photo.jpg", "letter.docx", "report.exe"}) {
      assertThat(types.accepted(Uploads.windowsProgram(), name)).as(name).isEmpty();
      assertThat(types.accepted(Uploads.linuxProgram(), name)).as(name).isEmpty();
    }
  }

  @Test
  void bytesThatShowNoTypeAreNotTakenForWhatTheNameSays() {
    assertThat(types.accepted("plain words".getBytes(StandardCharsets.UTF_8), "report.pdf"))
        .isEmpty();
    assertThat(types.accepted(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "photo.png")).isEmpty();
    assertThat(types.accepted("<html><script>x</script></html>".getBytes(), "report.pdf"))
        .isEmpty();
  }

  @Test
  void soundRecordingsAreKnownByTheirFirstBytes() {
    byte[] wav =
        "RIFF\u0024\u0000\u0000\u0000WAVEfmt \u0010\u0000\u0000\u0000"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] mp3 =
        "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
    byte[] m4a =
        "\u0000\u0000\u0000\u0018ftypM4A \u0000\u0000\u0000\u0000M4A isom"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(types.accepted(wav, "voice.wav"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("audio/"));
    assertThat(types.accepted(mp3, "voice.mp3")).contains("audio/mpeg");
    assertThat(types.accepted(m4a, "voice.m4a")).contains("audio/mp4");
    assertThat(types.accepted(wav, "voice.pdf"))
        .as("a recording named as a PDF is what its bytes say")
        .hasValueSatisfying(t -> assertThat(t).startsWith("audio/"));
  }

  @Test
  void imagesAreKnownByTheirFirstBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D'};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    byte[] webp = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    byte[] heic =
        "\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(types.accepted(png, "a.png")).contains("image/png");
    assertThat(types.accepted(jpeg, "a.jpg")).contains("image/jpeg");
    assertThat(types.accepted(gif, "a.gif")).contains("image/gif");
    assertThat(types.accepted(webp, "a.webp")).contains("image/webp");
    assertThat(types.accepted(heic, "IMG_0001.HEIC")).contains("image/heic");
  }

  @Test
  void aWordDocumentIsAZipThatItsNameTellsApartButAPlainZipIsNot() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] docx = bytes.toByteArray();

    assertThat(types.accepted(docx, "letter.docx"))
        .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(types.accepted(docx, "archive.zip")).isEmpty();
  }

  @Test
  void aDownloadIsNamedSafelyFromItsTitleWithItsTypesExtension() {
    assertThat(Documents.downloadName("Zoë's report: 2026/27", "application/pdf"))
        .isEqualTo("zoe-s-report-2026-27.pdf");
    assertThat(Documents.downloadName("<>\"", "image/jpeg")).isEqualTo("document.jpg");
    assertThat(Documents.name("C:\\Users\\me\\report\u0000.pdf")).isEqualTo("report.pdf");
    assertThat(Documents.name("../../etc/passwd")).isEqualTo("passwd");
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    DocumentSizes sizes = new DocumentSizes();
    assertThat(sizes.inWords(900)).isEqualTo("900 bytes");
    assertThat(sizes.inWords(2048)).isEqualTo("2 KB");
    assertThat(sizes.inWords(1_258_291)).isEqualTo("1.2 MB");
    assertThat(sizes.inWords(20L * 1024 * 1024)).isEqualTo("20 MB");
  }
}
