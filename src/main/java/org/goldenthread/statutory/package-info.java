/**
 * The statutory EHC process: needs assessments from the request that starts the clock to the final
 * plan, each milestone recorded as an event with its date, and the deadlines that follow from them
 * (worked out by the deadline module, offered to it as a {@link
 * org.goldenthread.deadline.DeadlineSource}); annual reviews of EHC plans, held at a meeting of
 * kind annual review (meeting's public API), and the plan amended before a phase transfer. It also
 * shows every deadline where people look for them: a child's page, the family's and the SENCO's
 * home, and the list of every open and missed deadline an authority officer can see; and the draft
 * EHC plan of an assessment, put together from the golden thread (plan's public API) and the advice
 * gathered. Level 3: it uses child, identity, web and deadline, organisation (the type of the
 * child's school), plan, and meeting.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "identity",
      "web",
      "deadline",
      "organisation",
      "plan",
      "meeting"
    })
package org.goldenthread.statutory;
