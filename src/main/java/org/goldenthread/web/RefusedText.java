package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;

/**
 * Text refused by {@link TextRules} in a {@link CheckedText} form, carried from {@link
 * TextInputCheck} (which lets such a request through) to the form's binding, where each problem is
 * put beside its field.
 */
@ControllerAdvice
class RefusedText implements Validator {

  private static final String ATTRIBUTE = RefusedText.class.getName();

  /**
   * Keeps the problems for the form when every one is about a field of the handler's {@link
   * CheckedText} form; false when the request must be refused whole.
   */
  static boolean keepForForm(
      HttpServletRequest request, Object handler, List<ValidationProblem.FieldMessage> problems) {
    if (!(handler instanceof HandlerMethod method)) {
      return false;
    }
    Set<String> fields =
        Arrays.stream(method.getMethodParameters())
            .filter(parameter -> parameter.hasParameterAnnotation(CheckedText.class))
            .flatMap(parameter -> fieldsOf(parameter.getParameterType()))
            .collect(Collectors.toSet());
    if (fields.isEmpty()
        || !problems.stream().allMatch(problem -> fields.contains(root(problem.field())))) {
      return false;
    }
    request.setAttribute(ATTRIBUTE, List.copyOf(problems));
    return true;
  }

  @InitBinder
  void putBesideFields(WebDataBinder binder) {
    binder.addValidators(this);
  }

  @Override
  public boolean supports(Class<?> type) {
    return true;
  }

  /** Runs for a {@link CheckedText} form once it is bound: each problem beside its field. */
  @Override
  public void validate(Object form, Errors errors) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null
        || !(request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
            instanceof List<?> problems)) {
      return;
    }
    for (Object each : problems) {
      ValidationProblem.FieldMessage problem = (ValidationProblem.FieldMessage) each;
      String field =
          errors.getFieldType(problem.field()) != null ? problem.field() : root(problem.field());
      if (errors.getFieldType(field) == null) {
        errors.reject(problem.message(), problem.message()); // a field of another kind of form
      } else if (!errors.hasFieldErrors(field)) {
        reject(errors, field, problem.message());
      }
    }
  }

  /** The error beside the field, which shows what was typed without the characters refused. */
  private static void reject(Errors errors, String field, String key) {
    if (errors instanceof BindingResult binding
        && binding.getFieldValue(field) instanceof String typed) {
      binding.addError(
          new FieldError(
              binding.getObjectName(),
              field,
              typed.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", ""),
              false,
              binding.resolveMessageCodes(key, field),
              null,
              key));
    } else {
      errors.rejectValue(field, key, key);
    }
  }

  /** The fields of a form, or of each kind of form a sealed type stands for. */
  private static Stream<String> fieldsOf(Class<?> type) {
    if (type.isSealed()) {
      return Arrays.stream(type.getPermittedSubclasses()).flatMap(RefusedText::fieldsOf);
    }
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(c -> c.getName());
    }
    return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
        .filter(property -> property.getWriteMethod() != null)
        .map(PropertyDescriptor::getName);
  }

  /** {@code on} for {@code on.day}, {@code rows} for {@code rows[2].text}. */
  private static String root(String parameter) {
    int end = parameter.length();
    for (int i = 0; i < parameter.length(); i++) {
      char c = parameter.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return parameter.substring(0, end);
  }
}
