package org.goldenthread.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.ValidationProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How a school counts its days, and from what age its pupils may have an account of their own,
 * through the API: read by its staff, set by its SENCO, head or administrator.
 */
@RestController
@RequestMapping("/api/v1/schools/{schoolId}/days")
@Tag(name = "Organisations")
class SchoolCalendarApiController {

  private final SchoolCalendars calendars;

  SchoolCalendarApiController(SchoolCalendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping
  @Operation(
      operationId = "getSchoolDays",
      summary =
          "School days to answer a request and to respond to evidence, weeks before a family"
              + " counts as out of touch, the age from which a pupil may be invited to an account"
              + " of their own, and the term dates entered")
  SchoolDaysAnswer read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID schoolId) {
    return SchoolDaysAnswer.of(calendars.read(user, schoolId));
  }

  @PutMapping
  @Operation(
      operationId = "updateSchoolDays",
      summary =
          "Change how the school counts its days and from what age (5 to 18) its pupils may be"
              + " invited to an account of their own (its SENCO, head or administrator); a field"
              + " left out stays as it is, terms replaces every term entered; send the version"
              + " read (stale: 409)")
  SchoolDaysAnswer change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @RequestBody SchoolDaysRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    List<SchoolTerm> terms =
        body.terms() == null
            ? null
            : body.terms().stream()
                .map(term -> term == null ? null : new SchoolTerm(term.startsOn(), term.endsOn()))
                .toList();
    SchoolCalendarChange change =
        new SchoolCalendarChange(
            body.requestAnswerDays(),
            body.evidenceResponseDays(),
            body.contactLapseWeeks(),
            body.childAccountMinAge(),
            terms);
    return SchoolDaysAnswer.of(calendars.change(user, schoolId, body.version(), change));
  }

  /** The change and the version read; each number a whole one ({@link WholeNumberDeserializer}). */
  record SchoolDaysRequest(
      @JsonDeserialize(using = WholeNumberDeserializer.class) Integer requestAnswerDays,
      @JsonDeserialize(using = WholeNumberDeserializer.class) Integer evidenceResponseDays,
      @JsonDeserialize(using = WholeNumberDeserializer.class) Integer contactLapseWeeks,
      @JsonDeserialize(using = WholeNumberDeserializer.class) Integer childAccountMinAge,
      List<TermRequest> terms,
      Long version) {}

  /** One term, first and last day included. */
  record TermRequest(LocalDate startsOn, LocalDate endsOn) {}

  /** How the school counts its days. */
  record SchoolDaysAnswer(
      UUID schoolId,
      String schoolName,
      int requestAnswerDays,
      int evidenceResponseDays,
      int contactLapseWeeks,
      int childAccountMinAge,
      List<SchoolTerm> terms,
      long version) {

    static SchoolDaysAnswer of(SchoolCalendar calendar) {
      SchoolSettings settings = calendar.settings();
      return new SchoolDaysAnswer(
          calendar.schoolId(),
          calendar.schoolName(),
          settings.requestAnswerDays(),
          settings.evidenceResponseDays(),
          settings.contactLapseWeeks(),
          settings.childAccountMinAge(),
          calendar.terms(),
          calendar.version());
    }
  }
}
