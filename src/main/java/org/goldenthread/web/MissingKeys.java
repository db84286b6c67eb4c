package org.goldenthread.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What {@link OncePerPageView} and {@link OncePerTransaction} share: reading only what is new. */
final class MissingKeys {

  private MissingKeys() {}

  /**
   * Reads the keys not in {@code read} yet, in one call of {@code load}, and keeps each as {@code
   * keep} makes it of the value read ({@code null} for a key that {@code load} did not answer).
   */
  static <K, V, S> void read(
      Map<K, S> read,
      Collection<K> keys,
      Function<Collection<K>, Map<K, V>> load,
      Function<V, S> keep) {
    List<K> missing = keys.stream().distinct().filter(key -> !read.containsKey(key)).toList();
    if (!missing.isEmpty()) {
      Map<K, V> loaded = load.apply(missing);
      missing.forEach(key -> read.put(key, keep.apply(loaded.get(key))));
    }
  }
}
