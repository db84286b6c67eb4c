package org.goldenthread.voice;

import org.goldenthread.web.PageForms;

/** What the child says on their own page: a feeling picked, words typed, or both. */
record MyViewForm(String feeling, String text) {

  static MyViewForm empty() {
    return new MyViewForm(null, null);
  }

  Feeling picked() {
    return PageForms.choice(Feeling.class, feeling);
  }
}
