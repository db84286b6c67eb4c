package org.goldenthread.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages anyone may read, signed in or not: accessibility, privacy, cookies, and what each kind
 * of API problem means.
 */
@Controller
class SitePagesController {

  static final String ACCESSIBILITY_VIEW = "site/accessibility";
  static final String PRIVACY_VIEW = "site/privacy";
  static final String COOKIES_VIEW = "site/cookies";
  static final String PROBLEM_VIEW = "site/problem";

  @GetMapping("/accessibility")
  String accessibility() {
    return ACCESSIBILITY_VIEW;
  }

  @GetMapping("/privacy")
  String privacy() {
    return PRIVACY_VIEW;
  }

  @GetMapping("/cookies")
  String cookies() {
    return COOKIES_VIEW;
  }

  /** What a kind of API problem means: the page its {@code type} URI names. */
  @GetMapping("/problems/{name}")
  String problem(@PathVariable String name, Model model) {
    if (!ProblemTypes.names().contains(name)) {
      throw new ErrorResponseException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("problem", name);
    return PROBLEM_VIEW;
  }
}
