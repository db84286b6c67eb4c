package org.goldenthread.export;

import static org.goldenthread.export.RecordSection.of;
import static org.goldenthread.export.RecordSection.under;

import java.util.List;

/**
 * The kinds of record in {@code record.json}, in the order written: the child, then the people
 * around them, the plan, reviews, meetings, voice, correspondence, statutory work and documents.
 * The child itself is written first as an object ({@link ChildRecordJson}); everything here is an
 * array of rows.
 */
final class RecordSections {

  private RecordSections() {}

  /**
   * Preparation marked for the chair: seen by its author and the meeting's organiser only (with no
   * one reader, by no one).
   */
  static final String CHAIR_ONLY =
      "t.chair_only and t.author_id is distinct from %1$s and p.organiser_id is distinct from %1$s"
          .formatted(RecordSection.READER);

  /**
   * A disagreement about a member of staff, as its subject never sees it (with no one reader, any
   * disagreement about staff: the reader may be its subject).
   */
  static String aboutStaff(String disagreement) {
    return "%1$s.about_staff_id is not null and (%2$s is null or %1$s.about_staff_id = %2$s)"
        .formatted(disagreement, RecordSection.READER);
  }

  static final List<RecordSection> ALL =
      List.of(
          of("profileSections", "profile_section", "section", "The one-page profile, by section."),
          of(
              "profileSectionHistory",
              "profile_section_history",
              "written_at, id",
              "Earlier versions of each profile section."),
          of("familyMembers", "family_member", "name, id", "Parents and carers on the record."),
          of("familyContext", "family_context", null, "The family's own context."),
          of(
              "informationLimits",
              "information_limit_change",
              "recorded_at, id",
              "Limits recorded (and lifted) on what a family member is told, with the reason."),
          under(
              "familyInvitations",
              "family_invitation",
              "family_member",
              "family_member_id",
              "Invitations sent to family members to join."),
          of(
              "childAccountInvitations",
              "child_account_invitation",
              "created_at",
              "Invitations to the child's own account."),
          of("teamMembers", "team_member", "start_on, id", "The Team Around the Child."),
          of("consents", "consent", "recorded_at, id", "Consent to share with professionals."),
          of("plan", "plan", null, "The plan's revision number."),
          of("planAspirations", "plan_aspiration", "added_at, id", "Aspirations in the plan."),
          of("planNeeds", "plan_need", "added_at, id", "Needs in the plan."),
          under(
              "planNeedAspirations",
              "plan_need_aspiration",
              "plan_need",
              "need_id",
              "Which aspiration each need works towards."),
          of("planOutcomes", "plan_outcome", "added_at, id", "Outcomes in the plan."),
          under(
              "planOutcomeNeeds",
              "plan_outcome_need",
              "plan_outcome",
              "outcome_id",
              "Which need each outcome addresses."),
          of("planProvisions", "plan_provision", "added_at, id", "Provision in the plan."),
          under(
              "planProvisionOutcomes",
              "plan_provision_outcome",
              "plan_provision",
              "provision_id",
              "Which outcome each provision serves."),
          of("planStrategies", "plan_strategy", "added_at, id", "Strategies that help."),
          of(
              "planHistory",
              "plan_item_history",
              "valid_from, id",
              "Every version of every plan item: the plan as it stood on any date."),
          of("planAgreements", "plan_agreement", "agreed_at, id", "Who agreed the plan, when."),
          of("planComments", "plan_comment", "written_at, id", "Comments on plan items."),
          of("reviews", "plan_review", "held_on, recorded_at, id", "Reviews of the plan."),
          under(
              "reviewProgress",
              "plan_review_progress",
              "plan_review",
              "review_id",
              "Progress recorded on each outcome at each review."),
          of("meetings", "meeting", "starts_at, id", "Meetings about the child."),
          under(
              "meetingInvitees",
              "meeting_invitee",
              "meeting",
              "meeting_id",
              "Who was invited to each meeting."),
          under(
              "meetingAgendaItems",
              "meeting_agenda_item",
              "meeting",
              "meeting_id",
              "Each meeting's agenda."),
          under(
                  "meetingPreparation",
                  "meeting_contribution",
                  "meeting",
                  "meeting_id",
                  "Contributions made before each meeting.")
              .withheldWhen(CHAIR_ONLY),
          of("actions", "meeting_action", "created_at, id", "Actions agreed at meetings."),
          of("views", "voice_view", "recorded_at, id", "Views of the child and the family."),
          of("requests", "written_request", "made_at, id", "Requests in writing and answers."),
          of("messageThreads", "message_thread", "started_at, id", "Conversations."),
          of("messages", "message", "sent_at, id", "Messages in the conversations."),
          under("messageReads", "message_read", "message", "message_id", "Who read each message."),
          of("contactLog", "contact_entry", "on_date, id", "Conversations by phone or in person."),
          of("concerns", "concern", "raised_at, id", "Concerns raised and what was decided."),
          of("disagreements", "disagreement", "recorded_at, id", "Disagreements.")
              .withheldWhen(aboutStaff("t")),
          under(
                  "disagreementStages",
                  "disagreement_stage",
                  "disagreement",
                  "disagreement_id",
                  "The stages each disagreement went through.")
              .withheldWhen(aboutStaff("p")),
          of("ehcAssessments", "ehc_assessment", "requested_on, id", "EHC needs assessments."),
          under(
              "ehcAssessmentEvents",
              "ehc_assessment_event",
              "ehc_assessment",
              "assessment_id",
              "Each assessment's milestones."),
          of("annualReviews", "annual_review", "meeting_on, id", "Annual reviews of an EHC plan."),
          under(
              "annualReviewEvents",
              "annual_review_event",
              "annual_review",
              "review_id",
              "Each annual review's steps."),
          of(
              "deadlineNotices",
              "statutory_deadline_notice",
              "sent_at",
              "Reminders sent about statutory deadlines."),
          of(
              "documents",
              "document",
              "uploaded_at, id",
              "Documents shared (the files are beside)."),
          of("supportRequests", "support_request", "asked_at, id", "Requests for support."),
          under(
              "supportReplies",
              "support_reply",
              "support_request",
              "request_id",
              "Replies to requests for support."),
          of("familyFeedback", "family_feedback", "answered_at, id", "The family's feedback."),
          of(
              "transfers",
              "transfer",
              "proposed_at, id",
              "Moves to another school: proposed, answered and completed."));
}
