package org.goldenthread.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, List<GlossaryEntry>> byLetter = new LinkedHashMap<>();
    if (words == null) {
      terms.forEach(
          t -> byLetter.computeIfAbsent(t.letter(), l -> new java.util.ArrayList<>()).add(t));
    }
    model.addAttribute("q", words);
    model.addAttribute("terms", terms);
    model.addAttribute("byLetter", byLetter);
    return LIST_VIEW;
  }

  @GetMapping("/glossary/{slug}")
  String term(@PathVariable String slug, Model model) {
    GlossaryEntry term = glossary.find(slug).orElseThrow(NotFound::error);
    model.addAttribute("term", term);
    model.addAttribute("related", glossary.mentionedIn(term.explanation(), term.slug()));
    return TERM_VIEW;
  }
}
