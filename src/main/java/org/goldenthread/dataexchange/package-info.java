/**
 * Data exchange (issue 19, parts 3 and 4): a school's pupils imported from our CSV template or a
 * DfE Common Transfer File, previewed then imported all or nothing (large files as a job with its
 * progress), and the SEN fields of the school census as CSV with a check of the records that would
 * fail the census rules. Records are created and changed through the child module's {@link
 * org.goldenthread.child.SchoolRoll}, so the same rules and events apply. A pupil of a CTF who is
 * on another school's roll is not recorded twice: a move to the importing school is proposed to the
 * family ({@link org.goldenthread.transfer.Transfers}). Level 3: it uses child, identity and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "family", "identity", "web", "transfer"})
package org.goldenthread.dataexchange;
