package org.goldenthread.transfer;

import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/** The page's form to propose a move, kept as typed. */
record ProposalForm(String toSchoolId, DateInput movesOn) {

  static ProposalForm empty() {
    return new ProposalForm(null, DateInput.empty());
  }

  Transfers.Proposal proposal() {
    return new Transfers.Proposal(
        PageForms.id(toSchoolId), movesOn == null ? null : movesOn.toLocalDate().orElse(null));
  }
}
