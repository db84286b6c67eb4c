package org.goldenthread.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Families' feedback through the API: one's own answer, and the authority's counted figures. */
@RestController
@Tag(name = "Families' feedback")
class FeedbackApiController {

  private static final String GIVE =
      " (a parent or carer on the child's record, or the young person from 16; 403 for staff, 404"
          + " for anyone who may not see the child): feltHeard and knowsWhatNext (YES, PARTLY or"
          + " NO) and an optional comment (at most 1,000 characters). The first answer is 201;"
          + " answering again changes it (200) and needs the version read (a stale or missing"
          + " one is 409, nothing changed). Open until the end of the term after the one it was"
          + " held in (409 after that). 400 naming each field missing or wrong";

  private final FamilyFeedbacks feedback;
  private final FeedbackReports reports;

  FeedbackApiController(FamilyFeedbacks feedback, FeedbackReports reports) {
    this.feedback = feedback;
    this.reports = reports;
  }

  @GetMapping("/api/v1/meetings/{meetingId}/feedback")
  @Operation(
      operationId = "getMeetingFeedback",
      summary = "Your own feedback on a meeting (404 when you have given none)")
  FeedbackView meeting(AccessibleMeeting who) {
    return feedback.aboutMeeting(who).answer().orElseThrow(NotFound::error);
  }

  @PostMapping("/api/v1/meetings/{meetingId}/feedback")
  @Operation(
      operationId = "giveMeetingFeedback",
      summary = "Say how a meeting went, once it has happened" + GIVE)
  ResponseEntity<FeedbackView> giveAboutMeeting(
      AccessibleMeeting who, @RequestBody FeedbackBodyIn body) {
    return answered(feedback.give(feedback.aboutMeeting(who), body.input(), body.version()));
  }

  @GetMapping("/api/v1/children/{childId}/reviews/{reviewId}/feedback")
  @Operation(
      operationId = "getReviewFeedback",
      summary = "Your own feedback on a review (404 when you have given none)")
  FeedbackView review(AccessibleChild child, @PathVariable String reviewId) {
    return feedback.aboutReview(child, NotFound.id(reviewId)).answer().orElseThrow(NotFound::error);
  }

  @PostMapping("/api/v1/children/{childId}/reviews/{reviewId}/feedback")
  @Operation(operationId = "giveReviewFeedback", summary = "Say how a review went" + GIVE)
  ResponseEntity<FeedbackView> giveAboutReview(
      AccessibleChild child, @PathVariable String reviewId, @RequestBody FeedbackBodyIn body) {
    return answered(
        feedback.give(
            feedback.aboutReview(child, NotFound.id(reviewId)), body.input(), body.version()));
  }

  @GetMapping("/api/v1/authorities/{authorityId}/feedback")
  @Operation(
      operationId = "getAuthorityFeedback",
      summary =
          "Families' feedback for the authority's schools, counted by school and term (an officer"
              + " of the authority; 404 for anyone else), most recent term first, paged. year (the"
              + " school year by its first calendar year, 2026 for 2026 to 2027) keeps to one"
              + " school year. A group of fewer than 5 families is suppressed: suppressed is true"
              + " and it has no figures. Never a name, a child, a meeting or a comment")
  PageOf<GroupOut> authority(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String authorityId,
      @RequestParam(required = false) String year,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Integer schoolYear = year == null ? null : reports.year(year);
    if (schoolYear != null && !schoolYear.toString().equals(year.strip())) {
      throw new ValidationProblem(List.of(new FieldMessage("year", "api.error.wrongForm")));
    }
    PageOf<FeedbackGroup> groups =
        reports.authority(user, NotFound.id(authorityId), schoolYear, page, size).groups();
    return new PageOf<>(
        groups.items().stream().map(GroupOut::of).toList(),
        groups.page(),
        groups.size(),
        groups.total());
  }

  private static ResponseEntity<FeedbackView> answered(FamilyFeedbacks.Saved saved) {
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(saved.answer());
  }

  /** An answer as the API receives it. */
  @Schema(name = "FamilyFeedbackInput")
  record FeedbackBodyIn(
      @Schema(allowableValues = {"YES", "PARTLY", "NO"}) String feltHeard,
      @Schema(allowableValues = {"YES", "PARTLY", "NO"}) String knowsWhatNext,
      String comment,
      Long version) {

    /** The answer, or a 400 naming every question missing or not one of the three. */
    FeedbackInput input() {
      List<FieldMessage> problems = new ArrayList<>();
      FeedbackInput input =
          new FeedbackInput(
              answer("feltHeard", feltHeard, problems),
              answer("knowsWhatNext", knowsWhatNext, problems),
              comment);
      if (!problems.isEmpty()) {
        throw new ValidationProblem(problems);
      }
      return input;
    }

    private static FeedbackAnswer answer(String field, String value, List<FieldMessage> problems) {
      if (value == null || value.isBlank()) {
        problems.add(new FieldMessage(field, "feedback.error." + field));
        return null;
      }
      try {
        return FeedbackAnswer.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException notOne) {
        problems.add(new FieldMessage(field, "api.error.choice"));
        return null;
      }
    }
  }

  /** One school and term, as the API answers it: no figures when suppressed. */
  @Schema(name = "FamilyFeedbackGroup")
  record GroupOut(
      UUID schoolId,
      String schoolName,
      String term,
      String termStart,
      boolean suppressed,
      Integer families,
      Integer answers,
      QuestionOut feltHeard,
      QuestionOut knowsWhatNext) {

    static GroupOut of(FeedbackGroup group) {
      return new GroupOut(
          group.schoolId(),
          group.schoolName(),
          group.term().code(),
          group.term().start().toString(),
          group.suppressed(),
          group.families(),
          group.answers(),
          QuestionOut.of(group.feltHeard()),
          QuestionOut.of(group.knowsWhatNext()));
    }
  }

  /** One question's counts and whole percentages of the answers. */
  @Schema(name = "FamilyFeedbackCounts")
  record QuestionOut(
      int yes, int partly, int no, int yesPercent, int partlyPercent, int noPercent) {

    static QuestionOut of(FeedbackGroup.Counts counts) {
      return counts == null
          ? null
          : new QuestionOut(
              counts.yes(),
              counts.partly(),
              counts.no(),
              counts.yesPercent(),
              counts.partlyPercent(),
              counts.noPercent());
    }
  }
}
