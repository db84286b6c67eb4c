package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Plans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda a meeting starts with: it opens with what is going well for the child, hears the
 * child's and the family's views, looks at the outcomes of the child's plan that are still being
 * worked on (in a review), and ends with who does what by when and when to meet next.
 */
@Component
class DefaultAgenda {

  static final int MAX_OUTCOMES = 3;

  private final MessageSource messages;
  private final Plans plans;

  DefaultAgenda(MessageSource messages, Plans plans) {
    this.messages = messages;
    this.plans = plans;
  }

  List<String> of(AccessibleChild child, String name, MeetingKind kind, boolean followsOn) {
    List<String> items = new ArrayList<>();
    items.add(text("meeting.agenda.strengths", name));
    items.add(text("meeting.agenda.views", name));
    if (followsOn) {
      items.add(text("meeting.agenda.lastActions"));
    }
    switch (kind) {
      case SEN_SUPPORT_REVIEW, ANNUAL_REVIEW -> {
        items.add(text("meeting.agenda.progress", name));
        for (OutcomeView outcome : outcomesInHand(child)) {
          items.add(text("meeting.agenda.outcome", outcome.text()));
        }
      }
      case FIRST_CONCERN -> items.add(text("meeting.agenda.concern"));
      case TRANSITION -> items.add(text("meeting.agenda.transition", name));
      case TEAM_MEETING -> items.add(text("meeting.agenda.team"));
    }
    items.add(text("meeting.agenda.actions"));
    items.add(text("meeting.agenda.next"));
    return items;
  }

  private List<OutcomeView> outcomesInHand(AccessibleChild child) {
    return plans.plan(child).outcomes().stream()
        .filter(outcome -> outcome.status() != OutcomeStatus.ACHIEVED)
        .limit(MAX_OUTCOMES)
        .toList();
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
