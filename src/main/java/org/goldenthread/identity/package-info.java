/**
 * Identity: accounts, sign-in for pages and the API, invitations, forgotten passwords, and the
 * security rules that hold for every request. Level 1: it uses only {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web"})
package org.goldenthread.identity;
