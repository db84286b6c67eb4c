/**
 * Graduated-approach reviews of a child's plan (assess, plan, do, review): recording one with
 * progress on every outcome and its evidence, the parent's and the child's views, a decision and
 * the next review's date; the list, each review's page and PDF, the API, and the reviews' panel on
 * the child's page. Recording a review sets the outcomes' statuses through the plan's public API,
 * and the reviews add the plan's {@code OUTCOME_NOT_REVIEWED} rule through its extension point
 * ({@link org.goldenthread.plan.ThreadBreakRule}); the plan knows nothing of reviews. A review
 * links the views of the child and the family it answered (kept by {@code voice}). Level 4: it uses
 * plan, child, identity, web and voice.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"plan", "child", "identity", "web", "voice"})
package org.goldenthread.review;
