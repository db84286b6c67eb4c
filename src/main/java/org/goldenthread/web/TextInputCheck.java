package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every form field and query parameter is read through {@link TextRules} before any handler runs: a
 * NUL or another control character, or text past the limit, is a 400 naming the field, and nothing
 * is saved. A page form marked {@link CheckedText} is shown again instead (still a 400), with each
 * such field's error beside it ({@link RefusedText}).
 */
class TextInputCheck implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    List<ValidationProblem.FieldMessage> problems = new ArrayList<>();
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      TextRules.problem(name)
          .or(() -> firstProblem(parameter.getValue()))
          .ifPresent(key -> problems.add(new ValidationProblem.FieldMessage(safe(name), key)));
    }
    if (problems.isEmpty()) {
      return true;
    }
    if (!RefusedText.keepForForm(request, handler, problems)) {
      throw new ValidationProblem(problems);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // the form, shown again with its errors
    return true;
  }

  private static java.util.Optional<String> firstProblem(String[] values) {
    for (String value : values) {
      java.util.Optional<String> problem = TextRules.problem(value);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return java.util.Optional.empty();
  }

  /** A parameter name fit to repeat in the answer. */
  private static String safe(String name) {
    String printable = name.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
  }
}
