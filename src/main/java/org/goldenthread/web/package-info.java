/**
 * Shared web plumbing: the page layout, GOV.UK fragments and error pages, RFC 9457 problems for the
 * API, and the clock. Level 0: it knows no capability.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.goldenthread.web;
