package org.goldenthread.glossary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The glossary through the API ({@code /glossary}, issue 18's shapes). */
@RestController
@Tag(name = "Glossary")
class GlossaryApiController {

  private final Glossary glossary;

  GlossaryApiController(Glossary glossary) {
    this.glossary = glossary;
  }

  @GetMapping("/api/v1/glossary")
  @Operation(
      operationId = "listGlossaryTerms",
      summary =
          "The glossary's terms A to Z, each with its plain-English explanation; with q, the terms"
              + " whose name, other forms or explanation hold those words, those named by them"
              + " first")
  PageOf<TermOut> list(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    PageOf<GlossaryEntry> found = glossary.search(q, page, size);
    return new PageOf<>(
        found.items().stream().map(TermOut::of).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GetMapping("/api/v1/glossary/{slug}")
  @Operation(
      operationId = "getGlossaryTerm",
      summary = "One term of the glossary; its page is /glossary/{slug}. 404 when unknown")
  TermOut get(@PathVariable String slug) {
    return glossary.find(slug).map(TermOut::of).orElseThrow(NotFound::error);
  }

  /** A term as the API answers it. */
  @Schema(name = "GlossaryTerm")
  record TermOut(String slug, String term, String explanation) {
    static TermOut of(GlossaryEntry entry) {
      return new TermOut(entry.slug(), entry.term(), entry.explanation());
    }
  }
}
