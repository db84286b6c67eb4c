/**
 * Shared web plumbing: the page layout and its navigation, the site pages (accessibility, privacy,
 * cookies), the error pages, and the small types that our GOV.UK fragments bind to ({@link
 * org.goldenthread.web.Choice}, {@link org.goldenthread.web.DateInput}, {@link
 * org.goldenthread.web.SummaryRow}). Level 0: it knows nothing of the capabilities above it; they
 * plug in by implementing {@link org.goldenthread.web.DisplayNamed} and by granting authorities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.goldenthread.web;
