/**
 * Shared web plumbing: the page layout and its navigation, the site pages (accessibility, privacy,
 * cookies), the error pages, and the small types that our GOV.UK fragments bind to ({@link
 * org.goldenthread.web.Choice}, {@link org.goldenthread.web.DateInput}, {@link
 * org.goldenthread.web.SummaryRow}). The error answers (GOV.UK pages and RFC 9457 problems for the
 * API) and the clock live here too. Level 0: it knows nothing of the capabilities above it; they
 * plug in by implementing {@link org.goldenthread.web.DisplayNamed}, by granting authorities, and
 * by providing {@link org.goldenthread.web.NavigationContributor} beans for the links to their
 * pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.goldenthread.web;
