package org.goldenthread.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On everyone's home: the meetings still to come that they are invited to, and the open actions
 * they own across the children they may see, overdue ones marked.
 */
@Component
@Order(10)
class YourMeetingsHomePanel implements HomePanel {

  private final Meetings meetings;
  private final MeetingActions actions;

  YourMeetingsHomePanel(Meetings meetings, MeetingActions actions) {
    this.meetings = meetings;
    this.actions = actions;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<MeetingView> upcoming = meetings.upcomingFor(user);
    List<ActionView> owned = actions.openOwnedBy(user);
    if (!seesChildren && upcoming.isEmpty() && owned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "your-meetings",
            "meeting.panel.home.meetings",
            "meeting/home-panel",
            Map.of("meetings", upcoming, "actions", owned)));
  }
}
