package org.goldenthread.web;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts every PDF embeds (see {@code src/main/resources/fonts/README.md} for where they come
 * from and their licences): Atkinson Hyperlegible, made for readers with low vision, Noto Naskh
 * Arabic for Urdu, and DejaVu Sans for the other characters Atkinson lacks (such as Welsh ŵ and ŷ).
 * They are read once and subset into each document. Also the sRGB colour profile that PDF/A asks
 * for, from the JDK.
 */
final class PdfFonts {

  /**
   * The font stack for a PDF's CSS: {@code font-family: "Atkinson Hyperlegible", "Noto Naskh
   * Arabic", "DejaVu Sans"}.
   */
  static final String MAIN = "Atkinson Hyperlegible";

  /** For Urdu: every letter, in each of its joined forms. */
  static final String ARABIC_SCRIPT = "Noto Naskh Arabic";

  static final String FALLBACK = "DejaVu Sans";

  private final List<Face> faces;
  private final byte[] colourProfile;

  /** Font metrics shared by every rendering, so that a font no document needs is never read. */
  private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

  private PdfFonts(List<Face> faces, byte[] colourProfile) {
    this.faces = faces;
    this.colourProfile = colourProfile;
  }

  static PdfFonts bundled() {
    return new PdfFonts(
        List.of(
            face(MAIN, 400, "AtkinsonHyperlegible-Regular.ttf"),
            face(MAIN, 700, "AtkinsonHyperlegible-Bold.ttf"),
            face(ARABIC_SCRIPT, 400, "NotoNaskhArabic-Regular.ttf"),
            face(ARABIC_SCRIPT, 700, "NotoNaskhArabic-Bold.ttf"),
            face(FALLBACK, 400, "DejaVuSans.ttf"),
            face(FALLBACK, 700, "DejaVuSans-Bold.ttf")),
        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  }

  /** Registers every face, upright and (drawn upright, as no italic is shipped) italic. */
  void addTo(PdfRendererBuilder builder) {
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    for (Face face : faces) {
      for (FontStyle style : List.of(FontStyle.NORMAL, FontStyle.ITALIC)) {
        builder.useFont(
            () -> new ByteArrayInputStream(face.bytes()),
            face.family(),
            face.weight(),
            style,
            true);
      }
    }
  }

  byte[] colourProfile() {
    return colourProfile;
  }

  private static Face face(String family, int weight, String file) {
    String path = "/fonts/" + file;
    try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The font " + path + " is missing from the classpath");
      }
      return new Face(family, weight, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Face(String family, int weight, byte[] bytes) {}
}
