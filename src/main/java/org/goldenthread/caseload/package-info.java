/**
 * The SENCO's caseload (issue 19, part 1): a school's children with the figures a SENCO works from
 * (on SEN support, with EHC plans, reviews due and overdue, fewer than three meetings this school
 * year, overdue actions, evidence from families awaiting a response, open views, breaks in the
 * plan's thread, deadlines due soon and missed), each figure a link to the list behind it; the list
 * filtered, sorted and paged in the database, and downloaded as CSV; the same figures as JSON at
 * {@code GET /api/v1/schools/{id}/dashboard}. It reads the tables of the capabilities that record
 * those things (plan, review, meeting, action, document, voice, request) read-only, in one
 * aggregate query per page, so that a school of 2,000 pupils stays fast. Level 4: it uses child,
 * identity, organisation and web's public API.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web"})
package org.goldenthread.caseload;
