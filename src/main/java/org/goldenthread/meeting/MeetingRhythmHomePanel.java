package org.goldenthread.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a SENCO's home: the children on SEN support at their schools, with the meetings held with
 * their families this school year against three, those behind and those with none booked first.
 */
@Component
@Order(20)
class MeetingRhythmHomePanel implements HomePanel {

  private final MeetingRhythms rhythms;

  MeetingRhythmHomePanel(MeetingRhythms rhythms) {
    this.rhythms = rhythms;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, List<ChildSummary> visible) {
    if (!user.has(Role.SENCO)) {
      return Optional.empty();
    }
    Set<UUID> schools = user.organisationsWhere(Role.SENCO);
    Set<UUID> pupils =
        visible.stream()
            .filter(child -> schools.contains(child.schoolId()))
            .map(ChildSummary::id)
            .collect(Collectors.toSet());
    List<ChildRhythm> children =
        rhythms.forCaseload(user).stream().filter(r -> pupils.contains(r.childId())).toList();
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
                children,
                "flagged",
                children.stream().filter(r -> r.check().flagged()).count(),
                "noneBooked",
                children.stream().filter(r -> r.check().noneBooked()).count())));
  }
}
