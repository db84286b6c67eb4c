package org.goldenthread.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Work that a page view needs several times (which children the person may see: for the list, its
 * filter, each panel) done once: kept on the request while it is a GET, which changes nothing, and
 * gone with it. Anything else (a change, a background job) works it out afresh each time.
 */
public final class OncePerPageView {

  private OncePerPageView() {}

  /** Whether work is kept for a page view now: a GET request is being answered. */
  public static boolean active() {
    return pageView() != null;
  }

  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> work) {
    ServletRequestAttributes request = pageView();
    if (request == null) {
      return work.get();
    }
    Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (kept == null) {
      kept = work.get();
      request.setAttribute(key, kept, RequestAttributes.SCOPE_REQUEST);
    }
    return (T) kept;
  }

  private static ServletRequestAttributes pageView() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
            && "GET".equals(request.getRequest().getMethod())
        ? request
        : null;
  }

  /**
   * Values by key (rows by id), each read once per page view however many parts of the page ask:
   * {@code load} is asked only for the keys not read yet, in one go, and a key it does not answer
   * is remembered as absent.
   *
   * @param name names this kind of value on the request
   * @return the values of the keys that have one
   */
  public static <K, V> Map<K, V> byKey(
      String name, Collection<K> keys, Function<Collection<K>, Map<K, V>> load) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<K, Optional<V>> read = get(name, HashMap::new);
    MissingKeys.read(read, keys, load, Optional::ofNullable);
    Map<K, V> found = new HashMap<>();
    keys.forEach(key -> read.get(key).ifPresent(value -> found.put(key, value)));
    return found;
  }

  /**
   * Values the page view read some other way (a page of a list), kept under {@code name} as {@link
   * #byKey} keeps what it reads, so that asking for them by key later reads nothing.
   */
  public static <K, V> void keep(String name, Collection<V> values, Function<V, K> keyOf) {
    if (active() && !values.isEmpty()) {
      Map<K, Optional<V>> read = get(name, HashMap::new);
      values.forEach(value -> read.putIfAbsent(keyOf.apply(value), Optional.of(value)));
    }
  }
}
