package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.goldenthread.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problems from the security filters, before any controller is reached, in the
 * language of the request's {@code Accept-Language} (else English).
 */
@Component
class ApiProblemWriter {

  private final JsonMapper json;
  private final MessageSource messages;
  private final LocaleResolver languages;

  /** {@code languages}: the application's, {@link LanguageChoice}. */
  ApiProblemWriter(JsonMapper json, MessageSource messages, LocaleResolver languages) {
    this.json = json;
    this.messages = messages;
    this.languages = languages;
  }

  void unauthorised(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    write(request, response, HttpStatus.UNAUTHORIZED);
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN);
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    Locale language = languages.resolveLocale(request);
    ProblemDetail problem =
        ProblemTypes.typed(
            ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("api.problem." + status.value(), null, language)));
    problem.setTitle(
        messages.getMessage("problem." + ProblemTypes.name(status) + ".title", null, language));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
