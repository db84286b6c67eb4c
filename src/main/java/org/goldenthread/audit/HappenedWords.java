package org.goldenthread.audit;

import org.goldenthread.child.Happened;
import org.goldenthread.web.Language;
import org.goldenthread.web.PageLabels;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * What happened to a child's record, in words: in the language being written now (the reader's), or
 * in English for the line the trail keeps as written. A person's words stay as they wrote them, a
 * day is written the reader's way and words of ours are read from the bundles.
 */
@Component
class HappenedWords {

  private final PageLabels labels;

  HappenedWords(PageLabels labels) {
    this.labels = labels;
  }

  /** The line as its reader reads it: their language, or its English when it has only that. */
  String of(ChildAuditEntry entry) {
    return entry
        .happened()
        .map(happened -> said(happened, entry.getWhat()))
        .orElse(entry.getWhat());
  }

  /**
   * The line the trail keeps in English. A key the bundles lack (a part of the record read through
   * a path no one has named yet) is kept as the key itself: the read or change is still recorded,
   * and the request it belongs to does not fail for want of words.
   */
  String inEnglish(Happened happened) {
    return Language.ENGLISH.writing(() -> said(happened, happened.key()));
  }

  /** A key the bundles no longer have leaves the stored history readable, in its English. */
  private String said(Happened happened, String english) {
    try {
      return said(happened);
    } catch (NoSuchMessageException e) {
      return english;
    }
  }

  private String said(Happened happened) {
    Object[] arguments = happened.arguments().stream().map(this::said).toArray();
    return labels.text(happened.key(), arguments);
  }

  private Object said(Happened.Argument argument) {
    if (argument instanceof Happened.Day day) {
      return labels.date(day.day());
    }
    if (argument instanceof Happened.Words words) {
      return labels.text(words.key());
    }
    return ((Happened.Written) argument).text();
  }
}
