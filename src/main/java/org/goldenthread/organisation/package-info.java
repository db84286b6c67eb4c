/**
 * Organisations: local authorities, schools and support services, and the administrator pages that
 * set them up and invite people to them.
 *
 * <p>Organisation sits on identity, not the other way round. Identity knows an organisation only by
 * its id (a role is held "at" an organisation id); it must never depend on this capability. This
 * capability uses identity's public API for two things only: the administrator's invitation pages
 * (which need the lists of schools, authorities and services to choose from, so they live here and
 * call {@code identity.Invitations}) and the signed-in user ({@code identity.CurrentUser}) who is
 * named as the actor of every change. It counts a school's days ({@link
 * org.goldenthread.organisation.SchoolDays}) over the statutory clock's working days.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"identity", "web", "deadline"})
package org.goldenthread.organisation;
