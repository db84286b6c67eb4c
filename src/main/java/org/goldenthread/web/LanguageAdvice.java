package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page's language for the layout ({@code <html lang dir>}, and the stylesheet mirrored for
 * right to left) as {@code pageLanguage}, and the language switcher as {@code languageSwitcher},
 * whose {@code choices()} are this same page with {@code ?lang=} set, which switches and remembers.
 * Model attributes are made for every handler, the API's too, so the links are made only when a
 * page asks for them.
 */
@ControllerAdvice
class LanguageAdvice {

  /** One language in the switcher: the page in it, or the page being read already. */
  public record LanguageChoice(Language language, String href, boolean current) {}

  /** The switcher of the page being made. */
  public record LanguageSwitcher(HttpServletRequest request) {

    public List<LanguageChoice> choices() {
      Language current = Language.current();
      String here = here(request);
      return Arrays.stream(Language.values())
          .map(language -> new LanguageChoice(language, in(here, language), language == current))
          .toList();
    }
  }

  @ModelAttribute("pageLanguage")
  Language pageLanguage() {
    return Language.current();
  }

  @ModelAttribute("languageSwitcher")
  LanguageSwitcher languageSwitcher(HttpServletRequest request) {
    return new LanguageSwitcher(request);
  }

  private static String in(String here, Language language) {
    try {
      return UriComponentsBuilder.fromUriString(here)
          .replaceQueryParam("lang", language.tag())
          .build()
          .toUriString();
    } catch (IllegalArgumentException unreadable) {
      return "/?lang=" + language.tag();
    }
  }

  /** The page being read, as a path and query, for a link back to it. */
  private static String here(HttpServletRequest request) {
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    if (forwarded instanceof String uri) {
      Object query = request.getAttribute("jakarta.servlet.forward.query_string");
      return query instanceof String q && !q.isEmpty() ? uri + "?" + q : uri;
    }
    String query = request.getQueryString();
    return query == null || query.isEmpty()
        ? request.getRequestURI()
        : request.getRequestURI() + "?" + query;
  }
}
