package org.goldenthread.child;

import java.util.List;
import java.util.UUID;

/**
 * A person's own entries on children's family records, as the door needs them: which children, with
 * or without parental responsibility, and whether a limit is recorded on what they are told. The
 * family capability implements it; the child never reads the family's tables itself.
 */
public interface FamilyTies {

  /** Every family entry linked to this account, in one query; empty for someone on none. */
  List<FamilyTie> of(UUID userId);
}
