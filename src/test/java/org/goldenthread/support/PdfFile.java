package org.goldenthread.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * A PDF as a reader's software sees it, read with PDFBox: its metadata, tags (the structure tree
 * that screen readers follow), bookmarks, fonts and text. Close it after use.
 */
public final class PdfFile implements AutoCloseable {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private final PDDocument document;
  private final byte[] bytes;

  private PdfFile(PDDocument document, byte[] bytes) {
    this.document = document;
    this.bytes = bytes;
  }

  public static PdfFile read(byte[] bytes) {
    try {
      return new PdfFile(Loader.loadPDF(bytes), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PDDocument document() {
    return document;
  }

  /** The text in reading order, with runs of white space made one space. */
  public String text() {
    try {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the veraPDF validator finds wrong with the file against a standard (PDF/UA-1, PDF/A-3u):
   * one line per failed check, "clause-test: what it checks (where)"; empty when it conforms.
   */
  public List<String> failures(PDFAFlavour standard) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(bytes), standard);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(standard, false)) {
      return validator.validate(parser).getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + ": "
                      + a.getMessage()
                      + " ("
                      + a.getLocation().getContext()
                      + ")")
          .distinct()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF", e);
    }
  }

  /** The XMP metadata stream of the catalogue. */
  public XMPMetadata xmp() {
    try {
      return new DomXmpParser()
          .parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
    } catch (Exception e) {
      throw new IllegalStateException("The PDF's XMP metadata cannot be read", e);
    }
  }

  /** The title in the XMP metadata (Dublin Core), which must match the document information. */
  public String xmpTitle() {
    try {
      return xmp().getDublinCoreSchema().getTitle();
    } catch (Exception e) {
      throw new IllegalStateException("The PDF's XMP title cannot be read", e);
    }
  }

  /** The structure types of the tag tree, depth first ("Document", "H1", "P", "Table", …). */
  public List<String> tags() {
    List<String> types = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
    return types;
  }

  /** The bookmarks, depth first, each as its title with two spaces before it per level. */
  public List<String> bookmarks() {
    List<String> titles = new ArrayList<>();
    PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
    if (outline != null) {
      collect(outline, "", titles);
    }
    return titles;
  }

  /** Every font used on any page, with whether it is embedded: "AAAAAA+Name embedded". */
  public List<String> fonts() {
    List<String> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (var name : resources.getFontNames()) {
        try {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return fonts;
  }

  private static void collect(PDStructureNode node, List<String> types) {
    if (node == null) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        collect(element, types);
      }
    }
  }

  private static void collect(PDOutlineNode node, String indent, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(indent + item.getTitle());
      collect(item, indent + "  ", titles);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
