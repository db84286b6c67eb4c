package org.goldenthread.feedback;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.meeting.MeetingAccess;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Families' feedback through the API: the shapes, 201 then 200, and 400 naming the field. */
@WebMvcTest(FeedbackApiController.class)
class FeedbackApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean MeetingAccess meetings;
  @MockitoBean FamilyFeedbacks feedback;
  @MockitoBean FeedbackReports reports;

  AccessibleChild sarah;
  UUID reviewId = UUID.randomUUID();
  String path;
  FamilyFeedbacks.Asked asked;
  FeedbackView view;

  @BeforeEach
  void sarahsReview() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    path = "/api/v1/children/" + sarah.id() + "/reviews/" + reviewId + "/feedback";
    asked =
        new FamilyFeedbacks.Asked(
            FeedbackSubject.REVIEW,
            reviewId,
            sarah,
            LocalDate.of(2026, 11, 6),
            null,
            FamilyFeedbacks.State.OPEN,
            LocalDate.of(2027, 3, 31),
            Optional.empty());
    view =
        new FeedbackView(
            UUID.randomUUID(),
            FeedbackSubject.REVIEW,
            reviewId,
            sarah.id(),
            LocalDate.of(2026, 11, 6),
            "AUTUMN-2026",
            FeedbackAnswer.YES,
            FeedbackAnswer.PARTLY,
            null,
            Instant.parse("2026-11-07T10:00:00Z"),
            null,
            LocalDate.of(2027, 3, 31),
            0);
    given(feedback.aboutReview(sarah, reviewId)).willReturn(asked);
  }

  @Test
  void theFirstAnswerIs201AndAChangeIs200WithTheVersion() throws Exception {
    given(
            feedback.give(
                asked, new FeedbackInput(FeedbackAnswer.YES, FeedbackAnswer.PARTLY, null), null))
        .willReturn(new FamilyFeedbacks.Saved(view, true));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                path,
                "{\"feltHeard\":\"YES\",\"knowsWhatNext\":\"partly\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.feltHeard").value("YES"))
        .andExpect(jsonPath("$.knowsWhatNext").value("PARTLY"))
        .andExpect(jsonPath("$.subject").value("REVIEW"))
        .andExpect(jsonPath("$.term").value("AUTUMN-2026"))
        .andExpect(jsonPath("$.openUntil").value("2027-03-31"))
        .andExpect(jsonPath("$.version").value(0));

    given(feedback.give(eq(asked), any(), eq(0L)))
        .willReturn(new FamilyFeedbacks.Saved(view, false));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                path,
                "{\"feltHeard\":\"NO\",\"knowsWhatNext\":\"NO\",\"version\":0}"))
        .andExpect(status().isOk());
  }

  @Test
  void anAnswerThatIsNotOneOfTheThreeIsA400NamingItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                path,
                "{\"feltHeard\":\"MAYBE\",\"knowsWhatNext\":\"NO\"}"))
        .andExpect(Slices.badRequestNaming("feltHeard"));
    verify(feedback, never()).give(any(), any(), any());
  }

  @Test
  void theAuthorityFiguresHaveNoFiguresForASuppressedGroup() throws Exception {
    UUID authority = UUID.randomUUID();
    FeedbackTerm term = FeedbackTerm.of(LocalDate.of(2026, 10, 1));
    given(reports.authority(eq(OFFICER), eq(authority), eq(null), eq(0), eq(50)))
        .willReturn(
            new FeedbackReports.AuthorityReport(
                new LocalAuthoritySummary(authority, "Northshire Council", "999", 0),
                null,
                new PageOf<>(
                    List.of(
                        new FeedbackGroup(
                            UUID.randomUUID(),
                            "Riverside Academy",
                            term,
                            false,
                            5,
                            6,
                            new FeedbackGroup.Counts(3, 2, 1),
                            new FeedbackGroup.Counts(6, 0, 0)),
                        new FeedbackGroup(
                            UUID.randomUUID(), "Brook", term, true, null, null, null, null)),
                    0,
                    50,
                    2)));

    mvc.perform(Slices.apiGet(OFFICER, "/api/v1/authorities/" + authority + "/feedback"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].term").value("AUTUMN-2026"))
        .andExpect(jsonPath("$.items[0].termStart").value("2026-09-01"))
        .andExpect(jsonPath("$.items[0].families").value(5))
        .andExpect(jsonPath("$.items[0].feltHeard.yes").value(3))
        .andExpect(jsonPath("$.items[0].feltHeard.yesPercent").value(50))
        .andExpect(jsonPath("$.items[0].knowsWhatNext.yesPercent").value(100))
        .andExpect(jsonPath("$.items[1].suppressed").value(true))
        .andExpect(jsonPath("$.items[1].families").doesNotExist())
        .andExpect(jsonPath("$.items[1].feltHeard").doesNotExist());
  }
}
