package org.goldenthread.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds {@code contactEmail}, where people can write to the team that runs the service (to report an
 * accessibility problem, ask about their data, or when an error keeps happening), to every page.
 */
@ControllerAdvice
class SiteContactAdvice {

  private final String contactEmail;

  SiteContactAdvice(
      @Value("${goldenthread.contact-email:help@goldenthread.example}") String contactEmail) {
    this.contactEmail = contactEmail;
  }

  @ModelAttribute("contactEmail")
  String contactEmail() {
    return contactEmail;
  }
}
