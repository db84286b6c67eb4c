package org.goldenthread.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON body the API reads is checked whole: the fields whose value is of the wrong form
 * ({@link BodyFieldProblems}) and the fields its Bean Validation constraints refuse are answered
 * together as one 400 problem, each field named once, before the controller sees the body.
 */
@ControllerAdvice
class BodyValidation extends RequestBodyAdviceAdapter {

  private final Validator validator;

  BodyValidation(Validator validator) {
    this.validator = validator;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    BodyFieldProblems.open();
    return input;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    List<ValidationProblem.FieldMessage> problems = new ArrayList<>(BodyFieldProblems.close());
    if (body == null) {
      // The body was JSON's null: nothing to check, and answered as a missing body is.
      return null;
    }
    Set<String> named = new HashSet<>();
    problems.forEach(problem -> named.add(problem.field()));
    for (ConstraintViolation<Object> violation : validator.validate(body)) {
      String field = violation.getPropertyPath().toString();
      if (named.add(field)) {
        problems.add(new ValidationProblem.FieldMessage(field, violation.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return body;
  }

  @Override
  public Object handleEmptyBody(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    BodyFieldProblems.close();
    return body;
  }
}
