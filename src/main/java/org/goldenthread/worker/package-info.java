/**
 * Team Around the Worker (issue 18, part 4): the lead professional on a child's team asks the
 * professional team for support on the case (a question, a joint visit on a suggested day, or
 * supervision); the team answers in a thread, and the lead or the SENCO marks it resolved with a
 * closing note, or reopens it. Only the child's professional team reads it (the lead, staff on the
 * team and the school's SENCO, {@link org.goldenthread.worker.SupportRights}); the family does not
 * (404), but every read and change is in the child's audit trail ({@code child.ChildRecordRead},
 * {@code child.ChildRecordChanged}), which the family can see. The SENCO's home lists the open
 * requests of the school's children, oldest first; the child's page shows them to the team.
 * Announced as {@link org.goldenthread.worker.SupportAsked} and {@link
 * org.goldenthread.worker.SupportAnswered} for the inbox. Level 3: it uses child, identity and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"child", "identity", "web"})
package org.goldenthread.worker;
