package org.goldenthread.meeting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Meetings and actions" on a child's page: the next meeting, the meetings held this school year
 * against three (for a child on SEN support, flagged when behind), and the open actions with who
 * does them and by when, overdue ones marked.
 */
@Component
@Order(20)
class MeetingsChildPanel implements ChildPagePanel {

  private final Meetings meetings;
  private final MeetingActions actions;
  private final MeetingRhythms rhythms;

  MeetingsChildPanel(Meetings meetings, MeetingActions actions, MeetingRhythms rhythms) {
    this.meetings = meetings;
    this.actions = actions;
    this.rhythms = rhythms;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    Map<String, Object> data = new HashMap<>();
    data.put("childId", child.id());
    data.put("me", child.user().id());
    data.put("mayArrange", meetings.mayArrange(child));
    data.put(
        "actions",
        actions.forChild(child).stream().filter(a -> a.status() == ActionStatus.OPEN).toList());
    meetings.forChild(child).stream()
        .filter(m -> m.status() == MeetingStatus.BOOKED)
        .min(Comparator.comparing(MeetingView::startsAt))
        .ifPresent(next -> data.put("next", next));
    rhythms.forChild(child).ifPresent(rhythm -> data.put("rhythm", rhythm));
    return Optional.of(
        new PagePanel("meetings", "meeting.panel.child.heading", "meeting/child-panel", data));
  }
}
