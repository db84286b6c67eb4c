/**
 * Moving school (issue 20, part 1): the child's SENCO, or an officer of the child's authority,
 * proposes a move to another school in the directory on a date (a phase or year group that may not
 * fit is a warning, never a refusal); a parent with parental responsibility or the young person
 * agrees or declines ({@link org.goldenthread.transfer.TransferProposed}, {@link
 * org.goldenthread.transfer.TransferAnswered}). On agreement the receiving school's SENCOs join the
 * child's team ({@code child.SchoolMoves}) and can book the transition meeting; on the move date
 * the child's school changes, the school left behind keeps a read-only copy of the record as it
 * stood (written by {@code export.ChildRecordJson}) and outside professionals wait for the family's
 * consent again ({@link org.goldenthread.transfer.TransferCompleted}). Level 4: it uses child,
 * identity, organisation, web and export.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web", "export"})
package org.goldenthread.transfer;
