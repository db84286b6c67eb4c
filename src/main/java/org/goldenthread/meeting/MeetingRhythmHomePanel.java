package org.goldenthread.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a SENCO's home: the children on SEN support at their schools, with the meetings held with
 * their families this school year against three, those behind and those with none booked first (the
 * first {@value #SHOWN}; the figures count them all).
 */
@Component
@Order(20)
class MeetingRhythmHomePanel implements HomePanel {

  /** At most this many children in the table, those who most need a meeting first. */
  static final int SHOWN = 20;

  private final MeetingRhythms rhythms;

  MeetingRhythmHomePanel(MeetingRhythms rhythms) {
    this.rhythms = rhythms;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!user.has(Role.SENCO)) {
      return Optional.empty();
    }
    List<ChildRhythm> children = rhythms.forSchools(user, user.organisationsWhere(Role.SENCO));
    if (children.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "meeting-rhythm",
            "meeting.panel.rhythm.heading",
            "meeting/rhythm-panel",
            Map.of(
                "children",
                children.subList(0, Math.min(SHOWN, children.size())),
                "total",
                children.size(),
                "flagged",
                children.stream().filter(r -> r.check().flagged()).count(),
                "noneBooked",
                children.stream().filter(r -> r.check().noneBooked()).count())));
  }
}
