/**
 * Requests in writing (issue 15, part 1): a parent, the young person or staff on the child's team
 * asks the school or the local authority for something (SEN support, an EHC needs assessment, a
 * copy of records, a meeting, a change to provision), and whoever it was sent to answers in writing
 * with a decision and its reasons by a due date: the school's request days ({@code
 * organisation.SchoolDays}), 20 working days for the authority, and for an EHC needs assessment
 * asked of the authority the statutory decision whether to assess, whose clock the request starts
 * ({@code statutory.EhcAssessments}). The time taken is kept and shown; each request is a {@code
 * REQUEST_ANSWER} deadline ({@link org.goldenthread.request.RequestDeadlines}); the child's page
 * and the homes of those who owe an answer (and of a family waiting past the due date) show them.
 * Changes are recorded in the child's history ({@code child.ChildRecordChanged}) and announced as
 * {@link org.goldenthread.request.RequestMade} and {@link
 * org.goldenthread.request.RequestAnswered}. Level 3: it uses child, identity, organisation, web,
 * deadline and statutory's public API.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web", "deadline", "statutory"})
package org.goldenthread.request;
