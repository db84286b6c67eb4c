package org.goldenthread.contact;

/** How the contact was made. */
public enum ContactHow {
  PHONE,
  IN_PERSON,
  HOME_VISIT,
  VIDEO,
  OTHER
}
