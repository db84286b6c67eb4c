package org.goldenthread.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.transfer.TransferAnswered;
import org.goldenthread.transfer.TransferCompleted;
import org.goldenthread.transfer.TransferProposed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox items from moves to another school: a move proposed (for the parents with accounts and the
 * young person from 16, who answer it), the family's answer (for whoever proposed it and, on
 * agreement, the receiving school's SENCOs, who may now see the record) and the move completed (for
 * the family, asked to give consent again for outside professionals when there are any). Filed as
 * requests ({@link InboxKind#REQUEST}): each asks for something soon, and goes by email at once by
 * default.
 */
@Component
class InboxFromTransfers {

  private final InboxItems inbox;
  private final Children children;
  private final FamilyLetters family;
  private final InboxWords words;
  private final Clock clock;

  InboxFromTransfers(
      InboxItems inbox, Children children, FamilyLetters family, InboxWords words, Clock clock) {
    this.inbox = inbox;
    this.children = children;
    this.family = family;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(TransferProposed event) {
    children
        .find(event.childId())
        .ifPresent(
            child ->
                add(
                    family(child),
                    child,
                    words.text(
                        "inbox.title.transferProposed",
                        child.displayName(),
                        event.toSchoolName(),
                        words.date(event.movesOn())),
                    event.transferId(),
                    "transfer:" + event.transferId(),
                    event.proposedById()));
  }

  @ApplicationModuleListener
  void on(TransferAnswered event) {
    children
        .find(event.childId())
        .ifPresent(
            child -> {
              Set<UUID> readers = new LinkedHashSet<>();
              readers.add(event.proposedById());
              readers.addAll(event.receivingSencoIds());
              String title =
                  event.agreed()
                      ? words.text(
                          "inbox.title.transferAgreed",
                          child.displayName(),
                          event.toSchoolName(),
                          words.date(event.movesOn()))
                      : words.text(
                          "inbox.title.transferDeclined",
                          child.displayName(),
                          event.toSchoolName());
              add(
                  readers,
                  child,
                  title,
                  event.transferId(),
                  "transfer-answer:" + event.transferId(),
                  event.answeredById());
            });
  }

  @ApplicationModuleListener
  void on(TransferCompleted event) {
    children
        .find(event.childId())
        .ifPresent(
            child ->
                add(
                    family(child),
                    child,
                    words.text(
                        event.consentToRenew().isEmpty()
                            ? "inbox.title.transferCompleted"
                            : "inbox.title.transferCompletedRenew",
                        child.displayName(),
                        event.toSchoolName()),
                    event.transferId(),
                    "transfer-completed:" + event.transferId(),
                    null));
  }

  private Set<UUID> family(ChildSummary child) {
    Set<UUID> readers = new LinkedHashSet<>();
    family.parents(child.id()).stream().map(FamilyAddressee::userId).forEach(readers::add);
    children.youngPersonAccount(child.id()).ifPresent(readers::add);
    return readers;
  }

  private void add(
      Set<UUID> readers,
      ChildSummary child,
      String title,
      UUID transferId,
      String source,
      UUID from) {
    inbox.add(
        readers,
        () ->
            new NewItem(
                InboxKind.REQUEST,
                child.id(),
                title,
                "/transfers/" + transferId,
                clock.instant(),
                source,
                from,
                false));
  }
}
