package org.goldenthread.family;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPagePanel;
import org.goldenthread.child.Permission;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Family" on a child's page, after the other panels: the parents and carers by name and
 * relationship, and a link to the family's details. Only for someone who may read the family.
 */
@Component
@Order(30)
class FamilyPanel implements ChildPagePanel {

  static final String TEMPLATE = "family/panel";

  private final Families families;

  FamilyPanel(Families families) {
    this.families = families;
  }

  @Override
  public Optional<PagePanel> panelFor(AccessibleChild child) {
    if (!child.can(Permission.READ_FAMILY)) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "family",
            "child.page.family",
            TEMPLATE,
            Map.of("childId", child.id(), "members", families.members(child))));
  }
}
