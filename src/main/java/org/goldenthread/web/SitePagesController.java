package org.goldenthread.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone may read, signed in or not: accessibility, privacy and cookies. */
@Controller
class SitePagesController {

  static final String ACCESSIBILITY_VIEW = "site/accessibility";
  static final String PRIVACY_VIEW = "site/privacy";
  static final String COOKIES_VIEW = "site/cookies";

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
}
