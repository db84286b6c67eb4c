package org.goldenthread.transfer;

/** The family's answer on the page: {@code agreed} is "true" or "false". */
record AnswerForm(String agreed, Long version) {

  static AnswerForm empty(long version) {
    return new AnswerForm(null, version);
  }
}
