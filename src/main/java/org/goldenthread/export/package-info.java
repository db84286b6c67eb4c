/**
 * The family's own copy of the record (issue 20, part 2). Placeholder until the subject access
 * export is merged: only {@link org.goldenthread.export.ChildRecordJson}, writing the child's basic
 * fields. Level 4: it uses child.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"child"})
package org.goldenthread.export;
