package org.goldenthread.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where everyone lands after signing in. */
@Controller
class HomeController {

  static final String VIEW = "identity/home";

  @GetMapping("/")
  String home(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("user", user);
    return VIEW;
  }
}
