package org.goldenthread.feedback;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyFeedbackRepository extends JpaRepository<FamilyFeedback, UUID> {

  Optional<FamilyFeedback> findBySubjectAndSubjectIdAndRespondentId(
      FeedbackSubject subject, UUID subjectId, UUID respondentId);
}
