package org.goldenthread.glossary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The glossary's terms held in memory, compiled for linking ({@link TermIndex}), so that a page
 * never reads them from the database. They are read when the application is ready, again at once
 * when an administrator changes a term on this node (after the change is committed), and again when
 * a check every 30 seconds ({@code gt.glossary.check-every}) finds that they changed on another
 * node: one small query on a background thread, never on a page's.
 */
@Component
class GlossaryTerms {

  private static final Logger log = LoggerFactory.getLogger(GlossaryTerms.class);

  private final GlossaryTermRepository terms;
  private volatile TermIndex index;

  GlossaryTerms(GlossaryTermRepository terms) {
    this.terms = terms;
  }

  /** The terms as they are now (read on first use when the application was not ready yet). */
  TermIndex index() {
    TermIndex current = index;
    if (current == null) {
      current = reload();
    }
    return current;
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
    TermIndex current = index;
    if (current != null && !current.stamp().equals(terms.stamp())) {
      log.info("The glossary changed on another node; reading it again");
      reload();
    }
  }

  synchronized TermIndex reload() {
    String stamp = terms.stamp();
    TermIndex fresh =
        new TermIndex(
            terms.findAll().stream()
                .map(t -> new TermIndex.Term(t.slug(), t.term(), t.forms()))
                .toList(),
            stamp);
    index = fresh;
    return fresh;
  }
}
