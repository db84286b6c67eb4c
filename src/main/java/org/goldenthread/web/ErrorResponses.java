package org.goldenthread.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * One place that turns errors into answers: RFC 9457 problems for the API ({@code /api/**}), GOV.UK
 * error pages for people. No stack trace or exception message ever reaches either. A problem's
 * title and detail come from the bundles, in the reader's language: for the API, its {@code
 * Accept-Language} when it is one we write, else English.
 */
@ControllerAdvice
class ErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String UNIQUE_VIOLATION = "23505";

  private final MessageSource messages;
  private final NavigationAdvice navigation;
  private final SiteContactAdvice contact;

  ErrorResponses(MessageSource messages, NavigationAdvice navigation, SiteContactAdvice contact) {
    this.messages = messages;
    this.navigation = navigation;
    this.contact = contact;
  }

  @ExceptionHandler(ValidationProblem.class)
  Object validation(ValidationProblem problem, HttpServletRequest request) {
    List<ValidationProblem.FieldMessage> errors =
        problem.errors().stream()
            .map(
                error ->
                    new ValidationProblem.FieldMessage(
                        error.field(),
                        messages.getMessage(
                            error.message(),
                            null,
                            error.message(),
                            LocaleContextHolder.getLocale())))
            .toList();
    return answer(request, HttpStatus.BAD_REQUEST, errors, null, null);
  }

  @ExceptionHandler(BindException.class)
  Object binding(BindException e, HttpServletRequest request) {
    List<ValidationProblem.FieldMessage> errors =
        e.getFieldErrors().stream()
            .map(
                error ->
                    new ValidationProblem.FieldMessage(
                        error.getField(),
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
            .toList();
    return answer(request, HttpStatus.BAD_REQUEST, errors, null, null);
  }

  /**
   * A value of the wrong form in the address: in its path, an id that names nothing (404, as any
   * record that is not there); in its query, a 400 naming the parameter.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object wrongForm(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
      return answer(request, HttpStatus.NOT_FOUND, List.of(), null, null);
    }
    return answer(
        request,
        HttpStatus.BAD_REQUEST,
        List.of(new ValidationProblem.FieldMessage(e.getName(), text("api.error.wrongForm"))),
        null,
        null);
  }

  /** A query parameter the request must carry and does not: a 400 naming it. */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return answer(
        request,
        HttpStatus.BAD_REQUEST,
        List.of(
            new ValidationProblem.FieldMessage(e.getParameterName(), text("api.error.required"))),
        null,
        null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(Exception e, HttpServletRequest request) {
    if (causedBy(e, RequestBodyLimit.BodyTooLarge.class) != null) {
      return answer(request, HttpStatus.CONTENT_TOO_LARGE, List.of(), null, null);
    }
    JacksonException json = causedBy(e, JacksonException.class);
    if (json instanceof DatabindException field && !field.getPath().isEmpty()) {
      String key =
          field instanceof CheckedTextDeserializer.RefusedText refused
              ? refused.messageKey()
              : "api.error.wrongForm";
      return answer(
          request,
          HttpStatus.BAD_REQUEST,
          List.of(new ValidationProblem.FieldMessage(JsonFields.path(field), text(key))),
          null,
          null);
    }
    return answer(
        request, HttpStatus.BAD_REQUEST, List.of(), null, null, ProblemTypes.UNREADABLE_BODY);
  }

  /**
   * Two people saving the same record at once: the one who lost the race changed nothing, and is
   * told so (409), never given a server error.
   */
  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    OptimisticLockException.class,
    PessimisticLockingFailureException.class
  })
  Object lostRace(Exception e, HttpServletRequest request) {
    return answer(request, HttpStatus.CONFLICT, List.of(), null, null);
  }

  /** The same, when the race was to create something that may exist only once. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  Object duplicate(DataIntegrityViolationException e, HttpServletRequest request) throws Exception {
    SQLException sql = causedBy(e, SQLException.class);
    if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return answer(request, HttpStatus.CONFLICT, List.of(), null, null);
    }
    return unexpected(e, request);
  }

  private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return answer(request, HttpStatus.CONTENT_TOO_LARGE, List.of(), null, null);
  }

  /**
   * Parameters Tomcat could not read (an upload past the multipart limits sent without its length,
   * too many parameters): the status Tomcat gives (413 or 400), never a server error.
   */
  @ExceptionHandler(InvalidParameterException.class)
  Object unreadableParameters(InvalidParameterException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.resolve(e.getErrorCode());
    return answer(
        request,
        status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST,
        List.of(),
        null,
        null);
  }

  /** An upload whose parts cannot be read (no boundary, cut off): the sender's error. */
  @ExceptionHandler(MultipartException.class)
  Object unreadableUpload(HttpServletRequest request) {
    return answer(request, HttpStatus.BAD_REQUEST, List.of(), null, null);
  }

  /** Spring's own errors (404, 405, 415, missing parameters...) and those thrown with a status. */
  @ExceptionHandler({ErrorResponseException.class, ServletException.class})
  Object framework(Exception e, HttpServletRequest request) throws Exception {
    if (!(e instanceof ErrorResponse response)) {
      return unexpected(e, request);
    }
    // Ours carry their detail as a message of the bundles, read here in the reader's language.
    String detail =
        e instanceof ErrorResponseException refusal
            ? refusal.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail()
            : null;
    return answer(
        request,
        response.getStatusCode(),
        List.of(),
        response.getHeaders(),
        detail,
        ProblemTypes.nameOf(response.getBody()));
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // Spring Security answers these: sign-in page, 403, or a problem for the API.
    }
    log.error("Unexpected error answering {} {}", request.getMethod(), routeOf(request), e);
    return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, List.of(), null, null);
  }

  /**
   * The route a request matched ({@code /invitations/{token}}), never its path, which may carry a
   * token or a name.
   */
  private static Object routeOf(HttpServletRequest request) {
    Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return route != null ? route : "(no route)";
  }

  private Object answer(
      HttpServletRequest request,
      HttpStatusCode status,
      List<ValidationProblem.FieldMessage> errors,
      HttpHeaders headers,
      String detail) {
    return answer(request, status, errors, headers, detail, null);
  }

  /** The API's problem of this type (by default, its status's), or the page for the status. */
  private Object answer(
      HttpServletRequest request,
      HttpStatusCode status,
      List<ValidationProblem.FieldMessage> errors,
      HttpHeaders headers,
      String detail,
      String type) {
    if (isApi(request)) {
      ResponseEntity<ProblemDetail> problem = problem(status, errors, headers, detail);
      if (type != null) {
        problem.getBody().setType(ProblemTypes.type(type));
        problem.getBody().setTitle(text("problem." + type + ".title"));
      }
      return problem;
    }
    // @ModelAttribute methods do not run for an @ExceptionHandler: add what the layout and the
    // error pages need (navigation, who is signed in, sign out, where to get help) here.
    ExtendedModelMap model = new ExtendedModelMap();
    navigation.addNavigation(model, request, request.getUserPrincipal());
    model.addAttribute("contactEmail", contact.contactEmail());
    model.addAttribute("errors", errors);
    ModelAndView page = new ModelAndView(errorView(status), model);
    page.setStatus(status);
    return page;
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status,
      List<ValidationProblem.FieldMessage> errors,
      HttpHeaders headers,
      String detail) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(ProblemTypes.type(status));
    problem.setTitle(text("problem." + ProblemTypes.name(status) + ".title"));
    problem.setDetail(
        detail != null
            ? detail
            : messages.getMessage(
                "api.problem." + status.value(),
                null,
                defaultDetail(status),
                LocaleContextHolder.getLocale()));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    HttpHeaders responseHeaders = new HttpHeaders();
    if (headers != null) {
      responseHeaders.putAll(headers);
    }
    responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(problem, responseHeaders, status);
  }

  private static String defaultDetail(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null ? "The request could not be answered." : known.getReasonPhrase() + ".";
  }

  private static String errorView(HttpStatusCode status) {
    return switch (status.value()) {
      case 404, 403, 409, 500 -> "error/" + status.value();
      default -> "error";
    };
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
