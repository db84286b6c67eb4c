package org.goldenthread.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Reviews" on a child's page, after the plan: the last review and the next, and a link to all. */
@Component
@Order(15)
class ReviewPanel implements ChildPagePanel {

  static final String TEMPLATE = "review/panel";

  private final Reviews reviews;

  ReviewPanel(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    Map<String, Object> data = new HashMap<>();
    data.put("childId", child.id());
    reviews.latest(child).ifPresent(review -> data.put("lastReview", review));
    return Optional.of(new PagePanel("reviews", "review.panel.title", TEMPLATE, data));
  }
}
