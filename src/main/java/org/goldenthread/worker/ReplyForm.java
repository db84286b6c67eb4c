package org.goldenthread.worker;

/** The page's form to answer in a support request's thread. */
record ReplyForm(String text) {

  static ReplyForm empty() {
    return new ReplyForm(null);
  }
}
