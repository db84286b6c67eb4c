package org.goldenthread.organisation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's list of every authority, school and service. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OrganisationListController {

  static final String LIST_VIEW = "organisation/organisations";

  private final Organisations organisations;

  OrganisationListController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/admin/organisations")
  String list(Model model) {
    model.addAttribute("authorities", organisations.authorities());
    model.addAttribute("schools", organisations.schools());
    model.addAttribute("services", organisations.services());
    return LIST_VIEW;
  }
}
