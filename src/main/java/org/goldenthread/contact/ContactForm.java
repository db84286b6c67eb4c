package org.goldenthread.contact;

import org.goldenthread.web.DateInput;

/** The page's form to record a contact, kept as typed. */
public record ContactForm(DateInput on, String how, String with, String summary, String agreed) {

  public ContactForm {
    on = on == null ? DateInput.empty() : on;
  }

  static ContactForm empty() {
    return new ContactForm(DateInput.empty(), null, null, null, null);
  }
}
