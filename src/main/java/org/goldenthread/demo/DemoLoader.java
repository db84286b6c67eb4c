package org.goldenthread.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the demo data in place before the app answers its first request: it starts in an earlier
 * lifecycle phase than the web server, so the port opens only once the data is there. All of it is
 * written in one transaction: a start stopped half way leaves nothing behind, and the next start
 * writes it whole. The transaction first takes a PostgreSQL advisory lock, so that of two app nodes
 * starting together on an empty database one writes the data while the other waits, and then finds
 * every part of it in place and adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoLoader implements SmartLifecycle {

  /** Before the web server (which starts in one of the last phases) and after everything else. */
  static final int PHASE = 0;

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  /** The advisory lock held while the demo data is written ("demo" in ASCII). */
  static final long LOCK = 0x64656d6fL;

  private final List<DemoStep> steps;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private volatile boolean loaded;

  DemoLoader(List<DemoStep> steps, PlatformTransactionManager transactions, JdbcClient jdbc) {
    this.steps = steps;
    this.transaction = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
  }

  @Override
  public void start() {
    transaction.executeWithoutResult(
        status -> {
          lock();
          steps.forEach(DemoStep::load);
        });
    loaded = true;
    log.info("Demo data is in place; every demo account's password is {}", DemoData.PASSWORD);
  }

  /** Takes the lock, waiting (and saying so) while another node writes the demo data. */
  private void lock() {
    boolean free =
        jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
            .param("lock", LOCK)
            .query(Boolean.class)
            .single();
    if (!free) {
      log.info("Another node is writing the demo data; waiting for it");
      jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
    }
  }

  @Override
  public void stop() {
    // Nothing to undo: the data stays for the next start.
  }

  /** Whether the demo data has been loaded: true from the end of start-up on. */
  @Override
  public boolean isRunning() {
    return loaded;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
