/**
 * The statutory EHC process: needs assessments from the request that starts the clock to the final
 * plan, each milestone recorded as an event with its date, and the deadlines that follow from them
 * (worked out by the deadline module, offered to it as a {@link
 * org.goldenthread.deadline.DeadlineSource}). It also shows every deadline where people look for
 * them: a child's page, the family's and the SENCO's home, and the list of every open and missed
 * deadline an authority officer can see; and the draft EHC plan of an assessment, put together from
 * the golden thread (plan's public API) and the advice gathered. Level 3: it uses child, identity,
 * web and deadline, organisation (the type of the child's school) and plan.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "web", "deadline", "organisation", "plan"})
package org.goldenthread.statutory;
