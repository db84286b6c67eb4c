package org.goldenthread.request;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Requests in writing" on a home: for a SENCO, a head or an authority officer, the requests
 * waiting for their answer across their children, late ones first; for someone who made requests,
 * those past their due date without an answer, with what they can do next.
 */
@Component
@Order(7)
class RequestsHomePanel implements HomePanel {

  private final WrittenRequests requests;

  RequestsHomePanel(WrittenRequests requests) {
    this.requests = requests;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    if (!seesChildren) {
      return Optional.empty();
    }
    boolean answers = requests.answersRequests(user);
    WrittenRequests.OnHome onHome = requests.onHomeOf(user);
    if (!answers && onHome.late().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "requests",
            "request.panel.home.heading",
            "request/home-panel",
            Map.of(
                "answers",
                answers,
                "awaiting",
                onHome.awaiting(),
                "late",
                onHome.late(),
                "today",
                requests.today())));
  }
}
