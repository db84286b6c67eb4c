/**
 * The subject access export (issue 20, part 2): the whole of a child's record as one ZIP file, for
 * a parent with parental responsibility, the young person from 16 and the SENCO ({@link
 * org.goldenthread.child.Permission#EXPORT_RECORD}). The record is written as {@code record.json}
 * by {@link org.goldenthread.export.ChildRecordJson}, which reads every capability's tables of the
 * child read-only, a section at a time, straight into the stream; beside it go its JSON Schema, the
 * plan, reviews and draft EHC plans as tagged PDFs (through plan's, review's and statutory's
 * documents), the documents uploaded (through document's API), the audit trail as CSV and a README
 * in plain English. Level 4: it uses child, document, identity, plan, review, statutory and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "document", "identity", "plan", "review", "statutory", "web"})
package org.goldenthread.export;
