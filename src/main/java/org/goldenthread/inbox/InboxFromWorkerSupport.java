package org.goldenthread.inbox;

import java.time.Clock;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.worker.SupportAnswered;
import org.goldenthread.worker.SupportAsked;
import org.goldenthread.worker.SupportRequests;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox items from the team around the worker: a request for support asked, and each answer in its
 * thread, for the child's professional team as {@link SupportRequests#audience} names it (never the
 * family), all but whoever wrote it. They are of the kind {@link InboxKind#REQUEST}, so that each
 * person's email choice for requests applies (at once unless they chose otherwise). {@link
 * InboxItems#add} asks the child's door about each person first.
 */
@Component
class InboxFromWorkerSupport {

  private final InboxItems inbox;
  private final Children children;
  private final SupportRequests support;
  private final InboxWords words;
  private final Clock clock;

  InboxFromWorkerSupport(
      InboxItems inbox, Children children, SupportRequests support, InboxWords words, Clock clock) {
    this.inbox = inbox;
    this.children = children;
    this.support = support;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(SupportAsked event) {
    tell(
        event.childId(),
        event.requestId(),
        "inbox.title.supportAsked",
        event.askedByName(),
        event.subject(),
        "support:" + event.requestId(),
        event.askedById());
  }

  @ApplicationModuleListener
  void on(SupportAnswered event) {
    tell(
        event.childId(),
        event.requestId(),
        "inbox.title.supportAnswered",
        event.writtenByName(),
        event.subject(),
        "support-reply:" + event.replyId(),
        event.writtenById());
  }

  /** An item for the child's professional team, all but the writer, linking to the request. */
  private void tell(
      UUID childId,
      UUID requestId,
      String title,
      String writer,
      String subject,
      String key,
      UUID writerId) {
    ChildSummary child = children.find(childId).orElse(null);
    if (child == null) {
      return;
    }
    inbox.add(
        support.audience(child.id()),
        () ->
            new NewItem(
                InboxKind.REQUEST,
                child.id(),
                words.text(title, writer, child.displayName(), subject),
                SupportRequests.page(child.id(), requestId),
                clock.instant(),
                key,
                writerId,
                false));
  }
}
