package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Parts of one read-only transaction share what one of them read; any other transaction, and work
 * outside one, reads afresh each time, so that nothing read before a change is given after it.
 */
class OncePerTransactionTests {

  /** Every load asked for, with the keys it was asked for. */
  final List<List<String>> loads = new ArrayList<>();

  Map<String, List<String>> rowsOf(Collection<String> keys) {
    loads.add(List.copyOf(keys));
    Map<String, List<String>> rows = new HashMap<>();
    keys.stream().filter(key -> !key.equals("none")).forEach(key -> rows.put(key, List.of(key)));
    return rows;
  }

  Map<String, List<String>> ask(String... keys) {
    return OncePerTransaction.byKey("rows", List.of(keys), this::rowsOf);
  }

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
      TransactionSynchronizationManager.clear();
    }
  }

  void begin(boolean readOnly) {
    TransactionSynchronizationManager.initSynchronization();
    TransactionSynchronizationManager.setActualTransactionActive(true);
    TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
  }

  @Test
  void aReadOnlyTransactionReadsEachKeyOnce() {
    begin(true);

    assertThat(ask("a", "b")).containsOnlyKeys("a", "b").containsEntry("a", List.of("a"));
    assertThat(ask("b", "c", "none"))
        .containsEntry("b", List.of("b"))
        .containsEntry("c", List.of("c"))
        .containsEntry("none", List.of());
    assertThat(OncePerTransaction.ofKey("rows", "a", key -> List.of("read again")))
        .containsExactly("a");
    assertThatThrownBy(() -> ask("a").get("a").add("changed by one part"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ask("none")).containsEntry("none", List.of());

    assertThat(loads).containsExactly(List.of("a", "b"), List.of("c", "none"));
  }

  @Test
  void whatOneTransactionReadIsGoneWithIt() {
    begin(true);
    ask("a");
    endTransaction();

    begin(true);
    ask("a");

    assertThat(loads).containsExactly(List.of("a"), List.of("a"));
  }

  @Test
  void aTransactionThatMayChangeThingsReadsAfreshEachTime() {
    begin(false);
    ask("a");
    ask("a");

    assertThat(loads).containsExactly(List.of("a"), List.of("a"));
  }

  @Test
  void workOutsideATransactionReadsAfreshEachTime() {
    ask("a");
    ask("a");

    assertThat(loads).containsExactly(List.of("a"), List.of("a"));
    assertThat(ask()).isEmpty();
  }
}
