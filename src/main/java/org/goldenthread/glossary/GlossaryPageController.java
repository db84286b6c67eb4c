package org.goldenthread.glossary;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.web.Language;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.TextRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The glossary for everyone, signed in or not: every term A to Z grouped by letter, or the terms a
 * search finds ({@code ?q=}); and one term's page with the words related to it. An unknown term is
 * a 404.
 */
@Controller
class GlossaryPageController {

  static final String LIST_VIEW = "glossary/glossary";
  static final String TERM_VIEW = "glossary/term";

  private final Glossary glossary;

  GlossaryPageController(Glossary glossary) {
    this.glossary = glossary;
  }

  @GetMapping("/glossary")
  String list(@RequestParam(required = false) String q, Model model) {
    String words = TextRules.tidy(q);
    List<GlossaryEntry> terms =
        words == null ? glossary.all() : glossary.search(words, 0, PageOf.MAX_SIZE).items();
    model.addAttribute("q", words);
    model.addAttribute("terms", terms);
    model.addAttribute("byLetter", words == null ? byLetter(terms, Language.current()) : Map.of());
    return LIST_VIEW;
  }

  /**
   * The terms filed under the letters of the language's alphabet, in its order: Welsh files "Ch"
   * and "Ll" as letters of their own, Urdu its own letters (and the English terms not translated
   * yet under the Latin ones).
   */
  static Map<String, List<GlossaryEntry>> byLetter(List<GlossaryEntry> terms, Language language) {
    AlphabeticIndex<GlossaryEntry> index =
        new AlphabeticIndex<GlossaryEntry>(ULocale.forLocale(language.locale()))
            .addLabels(ULocale.ENGLISH);
    terms.forEach(term -> index.addRecord(term.term(), term));
    Map<String, List<GlossaryEntry>> byLetter = new LinkedHashMap<>();
    for (AlphabeticIndex.Bucket<GlossaryEntry> bucket : index) {
      if (bucket.size() > 0) {
        List<GlossaryEntry> filed = new ArrayList<>();
        bucket.forEach(record -> filed.add(record.getData()));
        byLetter.put(bucket.getLabel(), filed);
      }
    }
    return byLetter;
  }

  @GetMapping("/glossary/{slug}")
  String term(@PathVariable String slug, Model model) {
    GlossaryEntry term = glossary.find(slug).orElseThrow(NotFound::error);
    model.addAttribute("term", term);
    model.addAttribute("related", glossary.mentionedIn(term.explanation(), term.slug()));
    return TERM_VIEW;
  }
}
