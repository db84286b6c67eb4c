package org.goldenthread.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.concern.ConcernDecided;
import org.goldenthread.concern.ConcernRaised;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox items from early concerns: a concern raised (for the SENCOs of the child's school, who
 * answer it, all but whoever raised it) and its decision (for the parents with accounts and whoever
 * raised it, who read it with its reasons). The email at once is the default for both ({@link
 * InboxKind#CONCERN}). {@link InboxItems#add} asks the child's door about each person first.
 */
@Component
class InboxFromConcerns {

  private final InboxItems inbox;
  private final Children children;
  private final Accounts accounts;
  private final FamilyLetters family;
  private final InboxWords words;
  private final Clock clock;

  InboxFromConcerns(
      InboxItems inbox,
      Children children,
      Accounts accounts,
      FamilyLetters family,
      InboxWords words,
      Clock clock) {
    this.inbox = inbox;
    this.children = children;
    this.accounts = accounts;
    this.family = family;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ConcernRaised event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    inbox.add(
        accounts.holding(Role.SENCO, child.schoolId()),
        () ->
            new NewItem(
                InboxKind.CONCERN,
                child.id(),
                words.text(
                    "inbox.title.concern",
                    child.displayName(),
                    event.raisedByName(),
                    words.date(event.answerDueOn())),
                page(child.id(), event.concernId()),
                clock.instant(),
                "concern:" + event.concernId(),
                event.raisedById(),
                false));
  }

  @ApplicationModuleListener
  void on(ConcernDecided event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    Set<UUID> readers = new LinkedHashSet<>();
    family.parents(child.id()).stream().map(FamilyAddressee::userId).forEach(readers::add);
    readers.add(event.raisedById());
    inbox.add(
        readers,
        () ->
            new NewItem(
                InboxKind.CONCERN,
                child.id(),
                words.text(
                    "inbox.title.concernDecided",
                    child.displayName(),
                    words.text("concern.decision." + event.decision().name()),
                    event.decidedByName()),
                page(child.id(), event.concernId()),
                clock.instant(),
                "concern-decision:" + event.concernId(),
                event.decidedById(),
                false));
  }

  static String page(UUID childId, UUID concernId) {
    return "/children/" + childId + "/concerns/" + concernId;
  }
}
