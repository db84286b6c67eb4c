package org.goldenthread.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts what the review service refused beside the fields of the review form. The service names a
 * progress entry by its outcome ({@code progress[<outcomeId>].status}); the form by its place on
 * the page ({@code progress[0].status}), and its message then names the outcome's number ("outcome
 * 2") where a message for that exists ({@code key + ".outcome"}), so that the error summary says
 * which outcome it means. A field that already has an error keeps only that one.
 */
@Component
class ReviewFormErrors {

  private static final Pattern PROGRESS =
      Pattern.compile("progress\\[([0-9a-fA-F-]{36})\\](?:\\.(status|evidence))?");

  private final MessageSource messages;

  ReviewFormErrors(MessageSource messages) {
    this.messages = messages;
  }

  void reject(BindingResult binding, ValidationProblem problem, List<OutcomeView> outcomes) {
    Map<UUID, Integer> places = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      places.put(outcomes.get(i).id(), i);
    }
    for (ValidationProblem.FieldMessage error : problem.errors()) {
      Matcher progress = PROGRESS.matcher(error.field());
      if (progress.matches()) {
        Integer place = places.get(UUID.fromString(progress.group(1)));
        if (place != null) {
          String part = progress.group(2) == null ? "status" : progress.group(2);
          rejectOutcome(binding, "progress[" + place + "]." + part, error.message(), place + 1);
          continue;
        }
      }
      if (isField(binding, error.field())) {
        if (!binding.hasFieldErrors(error.field())) {
          binding.rejectValue(error.field(), error.message(), error.message());
        }
      } else {
        binding.reject(error.message(), error.message());
      }
    }
  }

  /** A date typed in three boxes that do not make a real date: rejected on the field. */
  void rejectUnreadableDate(BindingResult binding, String field, DateInput date, String key) {
    if (date != null && !date.isBlank() && date.toLocalDate().isEmpty()) {
      binding.rejectValue(field, key, key);
    }
  }

  private void rejectOutcome(BindingResult binding, String field, String key, int number) {
    if (binding.hasFieldErrors(field)) {
      return;
    }
    String numbered = key + ".outcome";
    boolean exists =
        messages.getMessage(numbered, null, null, LocaleContextHolder.getLocale()) != null;
    if (exists) {
      binding.rejectValue(field, numbered, new Object[] {number}, null);
    } else {
      binding.rejectValue(field, key, key);
    }
  }

  private static boolean isField(BindingResult binding, String field) {
    return binding instanceof AbstractPropertyBindingResult result
        && result.getPropertyAccessor().isReadableProperty(field);
  }
}
