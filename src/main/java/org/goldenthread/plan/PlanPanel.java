package org.goldenthread.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The plan on the child's page: how many things do not join up yet, how the family took part,
 * whether the plan as it is now is agreed, when it was last reviewed and is next due a review, and
 * links to the plan and its reviews.
 */
@Component
@Order(10)
class PlanPanel implements ChildPagePanel {

  static final String TEMPLATE = "plan/panel";

  private final Plans plans;

  PlanPanel(Plans plans) {
    this.plans = plans;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    PlanView plan = plans.planWithoutCosts(child);
    Map<String, Object> data = new HashMap<>();
    data.put("childId", child.id());
    data.put("empty", ThreadView.of(plan).isEmpty());
    data.put("breaks", plan.breaks().size());
    data.put("participation", plan.participation().name());
    data.put("agreement", agreement(plan));
    return Optional.of(new PagePanel("plan", "plan.panel.title", TEMPLATE, data));
  }

  /** NONE, CURRENT (the plan as it is now is agreed) or EARLIER (a version before it). */
  private static String agreement(PlanView plan) {
    if (plan.agreement() == null) {
      return "NONE";
    }
    return plan.agreement().current() ? "CURRENT" : "EARLIER";
  }
}
