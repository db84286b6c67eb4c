package org.goldenthread.voice;

import java.time.Instant;
import java.util.UUID;
import org.goldenthread.plan.ParticipationEvidence;
import org.springframework.stereotype.Component;

/**
 * The views of the child and family that were answered, for the plan's participation ladder: a view
 * answered means the family was asked and heard. Read with the child's other views, once per page
 * view (the child's page shows them in its own panel too).
 */
@Component
class AnsweredViews implements ParticipationEvidence {

  private final Views views;

  AnsweredViews(Views views) {
    this.views = views;
  }

  @Override
  public int viewsAnswered(UUID childId, Instant until) {
    return views.answeredBy(childId, until);
  }
}
