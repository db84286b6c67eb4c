package org.goldenthread.child;

import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/** Consent given or withdrawn for one team member, as typed, with the member's version read. */
record ConsentForm(String status, String method, DateInput givenOn, String givenBy, Long version) {

  ConsentStatus statusChoice() {
    return PageForms.choice(ConsentStatus.class, status);
  }

  ConsentMethod methodChoice() {
    return PageForms.choice(ConsentMethod.class, method);
  }

  java.time.LocalDate date() {
    return givenOn == null ? null : givenOn.toLocalDate().orElse(null);
  }
}
