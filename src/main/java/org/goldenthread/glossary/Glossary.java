package org.goldenthread.glossary;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary: its terms A to Z, a search of them, one term, and an administrator's change to a
 * term's explanation (checked, versioned, and seen at once by the links on every page).
 */
@Service
public class Glossary {

  /** Longest explanation kept: a few plain sentences, never an essay. */
  static final int MOST_EXPLANATION = 2_000;

  /** Longest search kept: anything longer finds nothing sensible. */
  static final int MOST_QUERY = 200;

  private final GlossaryTermRepository terms;
  private final GlossaryTerms held;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Glossary(
      GlossaryTermRepository terms,
      GlossaryTerms held,
      ApplicationEventPublisher events,
      Clock clock) {
    this.terms = terms;
    this.held = held;
    this.events = events;
    this.clock = clock;
  }

  /** Every term, A to Z. */
  @Transactional(readOnly = true)
  public List<GlossaryEntry> all() {
    return terms.findAllAtoZ().stream().map(GlossaryTerm::entry).toList();
  }

  /**
   * The terms whose name, other forms or explanation hold the words, those named by them first;
   * every term A to Z when there are no words. Paged in the database.
   */
  @Transactional(readOnly = true)
  public PageOf<GlossaryEntry> search(String words, int page, int size) {
    String q = tidyQuery(words);
    var request = PageOf.request(page, size);
    return PageOf.of(
        q == null ? terms.atoZ(request) : terms.search(likePattern(q), request),
        GlossaryTerm::entry);
  }

  /** The term with this slug. */
  @Transactional(readOnly = true)
  public Optional<GlossaryEntry> find(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    return terms.findById(slug).map(GlossaryTerm::entry);
  }

  /**
   * The glossary terms written in the text, in the order they first appear, without repeats; the
   * term {@code except} left out. For "related words" on a term's page.
   */
  public List<GlossaryEntry> mentionedIn(String text, String except) {
    TermIndex index = held.index();
    return index.find(text).stream()
        .map(TermIndex.Found::slug)
        .filter(slug -> !slug.equals(except))
        .distinct()
        .map(slug -> new GlossaryEntry(slug, index.termOf(slug), "", 0))
        .toList();
  }

  /**
   * Changes a term's explanation, if the version is the one stored (otherwise a 409 with nothing
   * changed). The explanation is required, at most 2,000 characters.
   */
  @Transactional
  public GlossaryEntry explain(String slug, long version, String explanation, UUID by) {
    GlossaryTerm term = terms.findById(slug).orElseThrow(org.goldenthread.web.NotFound::error);
    String text = TextRules.tidy(explanation);
    if (text == null) {
      throw ValidationProblem.of("explanation", "glossary.error.explanation.missing");
    }
    if (text.length() > MOST_EXPLANATION) {
      throw ValidationProblem.of("explanation", "glossary.error.explanation.tooLong");
    }
    TextRules.problem(text)
        .ifPresent(
            key -> {
              throw ValidationProblem.of("explanation", key);
            });
    EditConflict.check(version, term.version());
    if (term.explain(text, clock.instant())) {
      terms.saveAndFlush(term);
      events.publishEvent(new GlossaryTermChanged(slug, by));
      held.reloadAfterCommit();
    }
    return term.entry();
  }

  private static String tidyQuery(String words) {
    String q = TextRules.tidy(words);
    if (q == null) {
      return null;
    }
    return q.length() > MOST_QUERY ? q.substring(0, MOST_QUERY) : q;
  }

  private static String likePattern(String q) {
    String escaped =
        q.toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
            .replaceAll("\\s+", " ");
    return "%" + escaped + "%";
  }
}
