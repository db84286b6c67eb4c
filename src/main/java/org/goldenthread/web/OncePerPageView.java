package org.goldenthread.web;

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

  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> work) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
        || !"GET".equals(request.getRequest().getMethod())) {
      return work.get();
    }
    Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (kept == null) {
      kept = work.get();
      request.setAttribute(key, kept, RequestAttributes.SCOPE_REQUEST);
    }
    return (T) kept;
  }
}
