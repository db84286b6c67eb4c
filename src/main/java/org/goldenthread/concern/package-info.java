/**
 * Early concerns (issue 16, part 1): a parent, the young person or school staff records what they
 * have noticed about a child, with examples, what has been tried and what the child says. The
 * school's SENCOs hear of it ({@link org.goldenthread.concern.ConcernRaised}); one of them books
 * the first-concern meeting (meeting's public API: the concern keeps the meeting booked for the
 * child while it is open, from the meeting's own events), and the school's staff give the decision
 * in writing with its reasons: keep an eye on it until a review date, start SEN support (the
 * child's SEN status becomes K and the plan starts: child's and plan's public API) or ask for an
 * EHC needs assessment, which starts the statutory clock ({@code statutory.EhcAssessments}); the
 * family hears of it ({@link org.goldenthread.concern.ConcernDecided}). A concern with no decision
 * 15 school days after it was raised is late ({@code organisation.SchoolDays}; a {@code
 * CONCERN_ANSWER} deadline, {@link org.goldenthread.concern.ConcernDeadlines}). Changes are
 * recorded in the child's history ({@code child.ChildRecordChanged}). Level 3: it uses child,
 * identity, organisation, web, deadline, and the public API of statutory, plan and meeting.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "identity",
      "organisation",
      "web",
      "deadline",
      "statutory",
      "plan",
      "meeting"
    })
package org.goldenthread.concern;
