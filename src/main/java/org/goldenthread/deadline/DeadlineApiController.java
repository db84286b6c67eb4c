package org.goldenthread.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deadlines through the API (api.md, "Deadlines"), and the rights calculator. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "Deadlines")
class DeadlineApiController {

  static final int MOST_PER_PAGE = 200;

  private final Deadlines deadlines;
  private final RightsCalculator calculator;

  DeadlineApiController(Deadlines deadlines, RightsCalculator calculator) {
    this.deadlines = deadlines;
    this.calculator = calculator;
  }

  @GetMapping
  @Operation(
      operationId = "listDeadlines",
      summary =
          "Every deadline the caller may see, soonest first, of every status unless status is"
              + " given; dueBefore keeps those whose last day (the next working day when the due"
              + " date is not one) is before that day")
  DeadlinePage list(
      Authentication person,
      @RequestParam(required = false) DeadlineStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueBefore,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return DeadlinePage.of(deadlines.visibleTo(person, status, dueBefore), page, size);
  }

  @GetMapping("/calculator")
  @Operation(
      summary =
          "Work out a deadline from dates alone (open to everyone, signed in or not): kind (any"
              + " but EVIDENCE_RESPONSE, REQUEST_ANSWER, CONCERN_ANSWER, ACTION and MEETING_CADENCE),"
              + " on (the"
              + " event the rule counts from, past or future), certificateOn (APPEAL: the"
              + " mediation certificate) and dateOfBirth (ANNUAL_REVIEW: under 5;"
              + " PHASE_TRANSFER: post-16). Answers the Deadline shape with the rule explained")
  RightsCalculator.Answer calculate(
      @RequestParam DeadlineKind kind,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate certificateOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dateOfBirth)
      throws BindException {
    CalculatorQuestion question = new CalculatorQuestion(kind, on, certificateOn, dateOfBirth);
    DirectFieldBindingResult errors = new DirectFieldBindingResult(question, "calculator");
    question.check(errors);
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    return calculator.answer(question);
  }

  /** One page of deadlines: {@code ?page=0&size=50}, at most 200 a page. */
  record DeadlinePage(List<Deadline> items, int page, int size, long total) {

    static DeadlinePage of(List<Deadline> all, int page, int size) {
      int perPage = Math.max(1, Math.min(size, MOST_PER_PAGE));
      int number = Math.max(page, 0);
      long skipped = Math.min((long) number * perPage, all.size());
      List<Deadline> items = all.stream().skip(skipped).limit(perPage).toList();
      return new DeadlinePage(items, number, perPage, all.size());
    }
  }
}
