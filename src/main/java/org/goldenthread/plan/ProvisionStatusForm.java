package org.goldenthread.plan;

import org.goldenthread.web.DateInput;

/** The page's form to pause, stop or restart support, kept as typed. */
record ProvisionStatusForm(
    String status, String reason, DateInput from, DateInput until, Long version) {

  ProvisionStatusForm {
    from = from == null ? DateInput.empty() : from;
    until = until == null ? DateInput.empty() : until;
  }

  static ProvisionStatusForm of(ProvisionView provision) {
    boolean given = !provision.notGiven();
    return new ProvisionStatusForm(
        provision.status().name(),
        given ? null : provision.statusReason(),
        given ? DateInput.empty() : DateInput.of(provision.statusFrom()),
        given ? DateInput.empty() : DateInput.of(provision.statusUntil()),
        provision.version());
  }
}
