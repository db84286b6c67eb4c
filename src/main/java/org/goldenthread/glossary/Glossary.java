package org.goldenthread.glossary;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.Language;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary: its terms A to Z, a search of them, one term, and an administrator's change to a
 * term's explanation (checked, versioned, and seen at once by the links on every page). Each is in
 * the language of the page or request ({@link Language#current()}): English from {@code
 * glossary_term}, the others from {@code glossary_translation}, falling back to English for a term
 * not translated yet, and filed A to Z the way that language sorts.
 */
@Service
public class Glossary {

  /** Longest explanation kept: a few plain sentences, never an essay. */
  static final int MOST_EXPLANATION = 2_000;

  /** Longest search kept: anything longer finds nothing sensible. */
  static final int MOST_QUERY = 200;

  private final GlossaryTermRepository terms;
  private final GlossaryTranslationRepository translations;
  private final GlossaryTerms held;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Glossary(
      GlossaryTermRepository terms,
      GlossaryTranslationRepository translations,
      GlossaryTerms held,
      ApplicationEventPublisher events,
      Clock clock) {
    this.terms = terms;
    this.translations = translations;
    this.held = held;
    this.events = events;
    this.clock = clock;
  }

  /** Every term, A to Z in the language being read. */
  @Transactional(readOnly = true)
  public List<GlossaryEntry> all() {
    Language language = Language.current();
    if (language == Language.ENGLISH) {
      return terms.findAllAtoZ().stream().map(GlossaryTerm::entry).toList();
    }
    return inLanguage(language).stream().map(Translated::entry).toList();
  }

  /**
   * The terms whose name, other forms or explanation hold the words, those named by them first;
   * every term A to Z when there are no words. Paged in the database.
   */
  @Transactional(readOnly = true)
  public PageOf<GlossaryEntry> search(String words, int page, int size) {
    String q = tidyQuery(words);
    var request = PageOf.request(page, size);
    Language language = Language.current();
    if (language != Language.ENGLISH) {
      return searchIn(language, q, request);
    }
    return PageOf.of(
        q == null ? terms.atoZ(request) : terms.search(likePattern(q), request),
        GlossaryTerm::entry);
  }

  /**
   * A search of the glossary in another language: its words found in the term's name and forms in
   * that language or in English (a family may type "EHCP" or "annual review"), or in its
   * explanation; those named first. The glossary is a short list that only administrators change
   * (under a hundred terms), so it is searched and paged here rather than in the database.
   */
  private PageOf<GlossaryEntry> searchIn(Language language, String q, Pageable request) {
    List<Translated> all = inLanguage(language);
    List<Translated> found = all;
    if (q != null) {
      String wanted = q.toLowerCase(language.locale());
      List<Translated> named = new ArrayList<>();
      List<Translated> explained = new ArrayList<>();
      for (Translated t : all) {
        if (t.names().stream().anyMatch(n -> n.toLowerCase(language.locale()).contains(wanted))) {
          named.add(t);
        } else if (t.entry().explanation().toLowerCase(language.locale()).contains(wanted)) {
          explained.add(t);
        }
      }
      found = new ArrayList<>(named);
      found.addAll(explained);
    }
    int from = (int) Math.min(request.getOffset(), found.size());
    int to = Math.min(from + request.getPageSize(), found.size());
    return new PageOf<>(
        found.subList(from, to).stream().map(Translated::entry).toList(),
        request.getPageNumber(),
        request.getPageSize(),
        found.size());
  }

  /** A term in a language, with every name it goes by there and in English, for a search. */
  private record Translated(GlossaryEntry entry, List<String> names) {}

  /**
   * Every term in the language, English where one is not translated yet, in its A to Z: the
   * language's words read from the database, the English ones taken from those held in memory.
   */
  private List<Translated> inLanguage(Language language) {
    Map<String, GlossaryTranslation> translated = new HashMap<>();
    translations.findByLanguage(language.tag()).forEach(t -> translated.put(t.slug(), t));
    List<Translated> all = new ArrayList<>();
    for (GlossaryTerms.English english : held.english()) {
      GlossaryTranslation t = translated.get(english.entry().slug());
      List<String> names = new ArrayList<>(english.names());
      if (t != null) {
        names.addAll(t.forms());
        names.add(t.term());
      }
      all.add(new Translated(t == null ? english.entry() : t.entry(), names));
    }
    Collator order = Collator.getInstance(ULocale.forLocale(language.locale()));
    all.sort(Comparator.comparing(t -> t.entry().term(), order));
    return all;
  }

  /** The term with this slug, in the language being read (English if not translated yet). */
  @Transactional(readOnly = true)
  public Optional<GlossaryEntry> find(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    Language language = Language.current();
    Optional<GlossaryWords> words = wordsOf(slug, language);
    if (words.isEmpty() && language != Language.ENGLISH) {
      words = wordsOf(slug, Language.ENGLISH); // not translated yet
    }
    return words.map(GlossaryWords::entry);
  }

  /** The term's words in the language, if it is written in it. */
  private Optional<GlossaryWords> wordsOf(String slug, Language language) {
    return language == Language.ENGLISH
        ? terms.findById(slug).map(GlossaryWords.class::cast)
        : translations
            .findById(new GlossaryTranslation.Key(slug, language.tag()))
            .map(GlossaryWords.class::cast);
  }

  /**
   * The glossary terms written in the text, in the order they first appear, without repeats; the
   * term {@code except} left out. For "related words" on a term's page.
   */
  public List<GlossaryEntry> mentionedIn(String text, String except) {
    TermIndex index = held.index(Language.current());
    return index.find(text).stream()
        .map(TermIndex.Found::slug)
        .filter(slug -> !slug.equals(except))
        .distinct()
        .map(slug -> new GlossaryEntry(slug, index.termOf(slug), "", 0))
        .toList();
  }

  /**
   * Changes a term's explanation in the language being read, if the version is the one stored
   * (otherwise a 409 with nothing changed). The explanation is required, at most 2,000 characters.
   * A term not translated into that language yet has no explanation there to change: a 404.
   */
  @Transactional
  public GlossaryEntry explain(String slug, long version, String explanation, UUID by) {
    String text = checked(explanation);
    GlossaryWords words = wordsOf(slug, Language.current()).orElseThrow(NotFound::error);
    EditConflict.check(version, words.version());
    if (words.explain(text, clock.instant())) {
      // Writes the change now (whichever table holds it), so that a stale one fails here.
      terms.flush();
      events.publishEvent(new GlossaryTermChanged(slug, by));
      held.reloadAfterCommit();
    }
    return words.entry();
  }

  private static String checked(String explanation) {
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
    return text;
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
