/**
 * The authority's overview (issue 19, part 2): for an authority's officers (and the platform's
 * administrators), the authority's figures without a spreadsheet: EHC needs assessments finished
 * within 20 weeks this year by month, annual reviews overdue, statutory deadlines missed by kind
 * and by owner, disagreements by stage, and children on SEN support and with plans by school and by
 * primary need. Each is one GROUP BY query in PostgreSQL ({@link
 * org.goldenthread.overview.OverviewFigures}), shown as a chart drawn on the server as SVG with a
 * table of the same figures and its CSV, and answered by {@code GET
 * /api/v1/authorities/{id}/dashboard}. Anyone outside the area finds nothing (404). It counts the
 * tables of the modules it reports on and writes nothing; level 4, above them all: it uses child
 * (the home panel), deadline (kinds and owners), identity, organisation and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "deadline", "identity", "organisation", "web"})
package org.goldenthread.overview;
