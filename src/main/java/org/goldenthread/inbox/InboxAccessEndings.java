package org.goldenthread.inbox;

import org.goldenthread.child.ChildAccessEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone loses their way into a child's record (consent withdrawn, off the team, a limit
 * recorded on what they are told), every item about the child leaves their inbox, so that neither
 * the inbox nor its count in the navigation speaks of the child again.
 */
@Component
class InboxAccessEndings {

  private final InboxItems inbox;

  InboxAccessEndings(InboxItems inbox) {
    this.inbox = inbox;
  }

  @ApplicationModuleListener
  void on(ChildAccessEnded ended) {
    inbox.forget(ended.userId(), ended.childId());
  }
}
