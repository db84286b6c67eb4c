package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.transfer.TransferReads;
import org.goldenthread.transfer.Transfers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo move of school: Leo Lee's family is moving house, and Brook Primary's SENCO has proposed
 * his move to Meadow Park School in six weeks. It waits for his father's answer ({@code
 * other.parent@example.org}); Meadow Park's SENCO ({@code senco@meadowpark.example}) sees nothing
 * of Leo until he agrees. Loaded once: nothing is added when Leo has had a move proposed.
 */
@Component
@Order(13)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoTransfers implements DemoStep {

  static final String MEADOW_PARK_SENCO = "senco@meadowpark.example";

  private final DemoPeople people;
  private final Organisations organisations;
  private final Accounts accounts;
  private final ChildAccess access;
  private final Transfers transfers;
  private final TransferReads reads;
  private final Clock clock;

  DemoTransfers(
      DemoPeople people,
      Organisations organisations,
      Accounts accounts,
      ChildAccess access,
      Transfers transfers,
      TransferReads reads,
      Clock clock) {
    this.people = people;
    this.organisations = organisations;
    this.accounts = accounts;
    this.access = access;
    this.transfers = transfers;
    this.reads = reads;
    this.clock = clock;
  }

  @Override
  public void load() {
    UUID meadowPark =
        organisations.schools().stream()
            .filter(school -> school.urn().equals(DemoOverview.URN))
            .map(SchoolSummary::id)
            .findFirst()
            .orElse(null);
    if (meadowPark == null) {
      return;
    }
    accounts.createOrGrant(
        MEADOW_PARK_SENCO, "Ravi Patel", DemoData.PASSWORD, Role.SENCO, meadowPark);
    CurrentUser brookSenco = people.user("senco@brook.example");
    ChildSummary leo = people.pupil(brookSenco, DemoConcerns.LEO_UPN).orElse(null);
    if (leo == null) {
      return;
    }
    AccessibleChild record = access.open(brookSenco, leo.id());
    if (!reads.forChild(record).isEmpty()) {
      return;
    }
    transfers.propose(
        record,
        new Transfers.Proposal(
            meadowPark, DemoMeetings.weekday(LocalDate.now(clock).plusWeeks(6))));
  }
}
