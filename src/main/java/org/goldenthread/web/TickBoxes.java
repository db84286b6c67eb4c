package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * On a page's form, a yes-or-no field is a tick box: ticked sends {@code true}, unticked sends
 * nothing. A value no box sends (a hand-made request) reads as not ticked, so that the form is
 * still made and shown again or saved as the person saw it, never a server error for a form that
 * could not be built. The API's yes-or-no parameters keep their 400 for a value of the wrong form.
 */
@ControllerAdvice
class TickBoxes {

  private static final Set<String> TICKED = Set.of("true", "on", "yes", "1");
  private static final Set<String> NOT_TICKED = Set.of("false", "off", "no", "0");

  @InitBinder
  void readAsTickBoxes(WebDataBinder binder, HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
      return;
    }
    binder.registerCustomEditor(Boolean.class, new TickBox(null));
    binder.registerCustomEditor(boolean.class, new TickBox(Boolean.FALSE));
  }

  /** Ticked or not; what no box sends reads as {@code unticked}. */
  private static final class TickBox extends PropertyEditorSupport {

    private final Boolean unticked;

    TickBox(Boolean unticked) {
      this.unticked = unticked;
    }

    @Override
    public void setAsText(String text) {
      String sent = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      if (TICKED.contains(sent)) {
        setValue(Boolean.TRUE);
      } else if (NOT_TICKED.contains(sent)) {
        setValue(Boolean.FALSE);
      } else {
        setValue(unticked);
      }
    }
  }
}
