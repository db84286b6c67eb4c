package org.goldenthread.glossary;

import java.util.List;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Guidance for families, for everyone signed in or not: the index of guides and each guide, its
 * glossary words linked where they first appear. An unknown guide is a 404. (The guide on tricky
 * conversations is disagreement's, at {@code /guidance/tricky-conversations}.)
 */
@Controller
class GuidancePageController {

  static final String INDEX_VIEW = "glossary/guidance";
  static final String GUIDE_VIEW = "glossary/guide";

  @GetMapping("/guidance")
  String index(Model model) {
    model.addAttribute("guides", List.of(Guide.values()));
    model.addAttribute("trickyConversations", Guide.TRICKY_CONVERSATIONS);
    return INDEX_VIEW;
  }

  @GetMapping("/guidance/{slug}")
  String guide(@PathVariable String slug, Model model) {
    Guide guide = Guide.of(slug).orElseThrow(NotFound::error);
    model.addAttribute("guide", guide);
    model.addAttribute("trickyConversations", Guide.TRICKY_CONVERSATIONS);
    return GUIDE_VIEW;
  }
}
