package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * On a page's form, a yes-or-no field is a tick box (ticked sends {@code true}, unticked sends
 * nothing) and a number is one the page holds, never typed (the version a change is made over). A
 * value no box or page sends comes from a hand-made request: it is the 400 page and nothing is
 * saved, never read as something else, nor a form that could not be built (a server error). The
 * API's parameters keep their own 400 problems.
 */
@ControllerAdvice
class FormValues {

  private static final Set<String> TICKED = Set.of("true", "on", "yes", "1");
  private static final Set<String> NOT_TICKED = Set.of("false", "off", "no", "0");

  @InitBinder
  void readPageFormValues(WebDataBinder binder, HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
      return;
    }
    binder.registerCustomEditor(Boolean.class, new TickBox(null));
    binder.registerCustomEditor(boolean.class, new TickBox(Boolean.FALSE));
    binder.registerCustomEditor(Long.class, new HeldNumber());
  }

  private static ResponseStatusException notSentByThePage() {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST);
  }

  /** Ticked, or not ticked (nothing sent reads as {@code unticked}). */
  private static final class TickBox extends PropertyEditorSupport {

    private final Boolean unticked;

    TickBox(Boolean unticked) {
      this.unticked = unticked;
    }

    @Override
    public void setAsText(String text) {
      String sent = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      if (sent.isEmpty()) {
        setValue(unticked);
      } else if (TICKED.contains(sent)) {
        setValue(Boolean.TRUE);
      } else if (NOT_TICKED.contains(sent)) {
        setValue(Boolean.FALSE);
      } else {
        throw notSentByThePage();
      }
    }
  }

  /** A whole number the page wrote into the form; none when nothing was sent. */
  private static final class HeldNumber extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      String sent = text == null ? "" : text.strip();
      if (sent.isEmpty()) {
        setValue(null);
        return;
      }
      try {
        setValue(Long.valueOf(sent));
      } catch (NumberFormatException e) {
        throw notSentByThePage();
      }
    }
  }
}
