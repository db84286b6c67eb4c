/**
 * The family around a child: the parents and carers on the child's record and how they want to hear
 * from us, what the family asks professionals to take into account, inviting a parent to Golden
 * Thread, the letters that reach the family, and limits on what a family member is told. Who may
 * see or change any of it is still decided by the child's door ({@link
 * org.goldenthread.child.ChildAccess}), which learns a person's family entries through {@link
 * org.goldenthread.child.FamilyTies}, implemented here. The family shows itself on the child's page
 * and on the home of someone a limit applies to as panels ({@link
 * org.goldenthread.child.ChildPagePanel}, {@link org.goldenthread.child.HomePanel}). Level 2½: it
 * uses child, identity, organisation and web, and nothing in child uses it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web"})
package org.goldenthread.family;
