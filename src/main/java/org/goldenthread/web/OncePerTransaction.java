package org.goldenthread.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that several parts of one read-only transaction ask for (a child's meetings, for the page's
 * deadline, its panel and its rhythm of meetings) read once: kept while the transaction lasts, so
 * the entities they hold are still managed, and gone with it. In any other transaction, where a
 * change may come between two asks, and outside one, each ask reads afresh.
 */
public final class OncePerTransaction {

  private static final Object KEPT = new Object();

  private OncePerTransaction() {}

  /**
   * Rows by key (a child's rows by the child's id), each key read once in the transaction however
   * many parts ask: {@code load} is asked only for the keys not read yet, in one go, and a key it
   * does not answer has no rows.
   *
   * @param name names this kind of rows
   * @return the rows of every key asked, an empty list for a key without any
   */
  public static <K, V> Map<K, List<V>> byKey(
      String name, Collection<K> keys, Function<Collection<K>, Map<K, List<V>>> load) {
    Map<K, List<V>> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    Map<K, List<V>> read = kept(name);
    // Every part that asks gets the same list: one that cannot be changed.
    MissingKeys.read(read, keys, load, rows -> rows == null ? List.of() : List.copyOf(rows));
    keys.forEach(key -> found.put(key, read.get(key)));
    return found;
  }

  /** The rows of one key: {@link #byKey} for a single key, read by {@code load} when not yet. */
  public static <K, V> List<V> ofKey(String name, K key, Function<K, List<V>> load) {
    return byKey(name, List.of(key), keys -> Map.of(key, load.apply(key))).get(key);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, List<V>> kept(String name) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return new HashMap<>();
    }
    Map<String, Map<?, ?>> kinds =
        (Map<String, Map<?, ?>>) TransactionSynchronizationManager.getResource(KEPT);
    if (kinds == null) {
      kinds = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEPT, kinds);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(KEPT);
            }
          });
    }
    return (Map<K, List<V>>) kinds.computeIfAbsent(name, kind -> new HashMap<>());
  }
}
