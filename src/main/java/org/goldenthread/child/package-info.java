/**
 * The child: the record, the one-page profile, the family, the Team Around the Child and consent,
 * and {@link org.goldenthread.child.ChildAccess}, the one door that decides who may see or change
 * anything about a child. Level 2: it uses identity, organisation and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"identity", "organisation", "web"})
package org.goldenthread.child;
