/**
 * The golden thread plan: aspirations, the needs that stand in their way, the outcomes that say
 * what should change, the provision that makes it happen, and the strategies home and school share;
 * its breaks (with the rules other capabilities add through {@link
 * org.goldenthread.plan.ThreadBreakRule}), derived figures, participation ladder, agreements and
 * stored history. Who may do what is decided in {@link org.goldenthread.plan.PlanRights} from the
 * relationships the child's door grants. Level 3: it uses child, identity, organisation and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web"})
package org.goldenthread.plan;
