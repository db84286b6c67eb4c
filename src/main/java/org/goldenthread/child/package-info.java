/**
 * The child: the record, the one-page profile, the Team Around the Child and consent, and {@link
 * org.goldenthread.child.ChildAccess}, the one door that decides who may see or change anything
 * about a child. The family around the child lives in its own capability above this one ({@code
 * family}): the door learns a person's family entries through the port {@link
 * org.goldenthread.child.FamilyTies}, which the family implements, and the family's section of the
 * child's page and its notice on a home are panels it contributes. Level 2: it uses identity,
 * organisation and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"identity", "organisation", "web", "deadline"})
package org.goldenthread.child;
