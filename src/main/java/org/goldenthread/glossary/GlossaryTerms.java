package org.goldenthread.glossary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The glossary's terms held in memory, compiled for linking ({@link TermIndex}), with the English
 * terms as they were read ({@link #english()}), so that a page never reads them from the database.
 * They are read when the application is ready, again at once when an administrator changes a term
 * on this node (after the change is committed), and again when a check every 30 seconds ({@code
 * gt.glossary.check-every}) finds that they changed on another node: one small query on a
 * background thread, never on a page's.
 */
@Component
class GlossaryTerms {

  private static final Logger log = LoggerFactory.getLogger(GlossaryTerms.class);

  private final GlossaryTermRepository terms;
  private final GlossaryTranslationRepository translations;
  private volatile Indexes indexes;

  /** Each language's index, the English terms, and the stamp of the terms they were made from. */
  private record Indexes(
      Map<Language, TermIndex> byLanguage, List<English> english, String stamp) {}

  /**
   * An English term as held: its entry (shown in a language it is not translated into yet) and
   * every name it goes by in English (its term and forms, which a search in any language finds it
   * by).
   */
  record English(GlossaryEntry entry, List<String> names) {}

  GlossaryTerms(GlossaryTermRepository terms, GlossaryTranslationRepository translations) {
    this.terms = terms;
    this.translations = translations;
  }

  /** The English terms as they are now (read on first use when the application was not ready). */
  TermIndex index() {
    return index(Language.ENGLISH);
  }

  /**
   * The terms as a language's text writes them: its names and forms in that language (a term not
   * translated yet is found by its English ones).
   */
  TermIndex index(Language language) {
    return held().byLanguage().get(language);
  }

  /** Every English term, in no particular order. */
  List<English> english() {
    return held().english();
  }

  private Indexes held() {
    Indexes current = indexes;
    return current == null ? reload() : current;
  }

  @EventListener(ApplicationReadyEvent.class)
  void whenReady() {
    reload();
  }

  /** Reads the terms again once the transaction that changed one has committed. */
  void reloadAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              reload();
            }
          });
    } else {
      reload();
    }
  }

  /** Reads the terms again if another node changed them. */
  @Scheduled(
      fixedDelayString = "${gt.glossary.check-every:PT30S}",
      initialDelayString = "${gt.glossary.check-every:PT30S}")
  void checkForChanges() {
    Indexes current = indexes;
    if (current != null && !current.stamp().equals(terms.stamp())) {
      log.info("The glossary changed on another node; reading it again");
      reload();
    }
  }

  private synchronized Indexes reload() {
    String stamp = terms.stamp();
    List<GlossaryTerm> english = terms.findAll();
    Map<Language, TermIndex> byLanguage = new EnumMap<>(Language.class);
    byLanguage.put(
        Language.ENGLISH,
        new TermIndex(
            english.stream().map(t -> new TermIndex.Term(t.slug(), t.term(), t.forms())).toList(),
            stamp));
    Map<String, Map<String, GlossaryTranslation>> translated = new HashMap<>();
    translations
        .findAll()
        .forEach(
            t -> translated.computeIfAbsent(t.language(), l -> new HashMap<>()).put(t.slug(), t));
    for (Language language : Language.values()) {
      if (language == Language.ENGLISH) {
        continue;
      }
      Map<String, GlossaryTranslation> in = translated.getOrDefault(language.tag(), Map.of());
      List<TermIndex.Term> indexed = new ArrayList<>();
      for (GlossaryTerm term : english) {
        GlossaryTranslation t = in.get(term.slug());
        indexed.add(
            t == null
                ? new TermIndex.Term(term.slug(), term.term(), term.forms())
                : new TermIndex.Term(term.slug(), t.term(), t.forms()));
      }
      byLanguage.put(language, new TermIndex(indexed, stamp));
    }
    Indexes fresh =
        new Indexes(byLanguage, english.stream().map(GlossaryTerms::held).toList(), stamp);
    indexes = fresh;
    return fresh;
  }

  private static English held(GlossaryTerm term) {
    List<String> names = new ArrayList<>(term.forms());
    names.add(term.term());
    return new English(term.entry(), List.copyOf(names));
  }
}
