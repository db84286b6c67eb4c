package org.goldenthread.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.disagreement.DisagreementRecorded;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.organisation.Organisations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An inbox item for a disagreement recorded: for the school's SENCOs about support at school, for
 * the officers of the child's authority about a decision of the authority; never for the member of
 * staff a complaint is about, whatever else they are, nor for whoever recorded it.
 */
@Component
class InboxFromDisagreements {

  private final InboxItems inbox;
  private final Children children;
  private final Accounts accounts;
  private final Organisations organisations;
  private final InboxWords words;
  private final Clock clock;

  InboxFromDisagreements(
      InboxItems inbox,
      Children children,
      Accounts accounts,
      Organisations organisations,
      InboxWords words,
      Clock clock) {
    this.inbox = inbox;
    this.children = children;
    this.accounts = accounts;
    this.organisations = organisations;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(DisagreementRecorded event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    Set<UUID> told = new LinkedHashSet<>();
    if (event.about().authorityDecision()) {
      organisations
          .school(child.schoolId())
          .ifPresent(
              school ->
                  told.addAll(accounts.holding(Role.AUTHORITY_OFFICER, school.authorityId())));
    } else {
      told.addAll(accounts.holding(Role.SENCO, child.schoolId()));
    }
    if (event.aboutStaffId() != null) {
      told.remove(event.aboutStaffId());
    }
    inbox.add(
        told,
        () ->
            new NewItem(
                InboxKind.DISAGREEMENT,
                child.id(),
                words.text(
                    "inbox.title.disagreement",
                    child.displayName(),
                    words.text("disagreement.about." + event.about().name()),
                    event.recordedByName()),
                "/children/" + child.id() + "/disagreements/" + event.disagreementId(),
                clock.instant(),
                "disagreement:" + event.disagreementId(),
                event.recordedById(),
                false));
  }
}
