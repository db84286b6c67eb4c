package org.goldenthread.feedback;

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
 * On the home of an authority's officer, a link to what families said of their schools' meetings
 * and reviews; on a SENCO's, to what they said of the school's. Reads nothing from the database.
 */
@Component
@Order(95)
class FeedbackHomePanel implements HomePanel {

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<String> authorities =
        user.organisationsWhere(Role.AUTHORITY_OFFICER).stream()
            .sorted()
            .map(FeedbackLinks::authority)
            .toList();
    List<String> schools =
        user.organisationsWhere(Role.SENCO).stream().sorted().map(FeedbackLinks::school).toList();
    if (authorities.isEmpty() && schools.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "families-feedback",
            "feedback.panel.heading",
            "feedback/home-panel",
            Map.of("authorities", authorities, "schools", schools)));
  }
}
