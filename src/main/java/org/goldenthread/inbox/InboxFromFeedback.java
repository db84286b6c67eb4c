package org.goldenthread.inbox;

import java.time.Clock;
import java.util.function.Supplier;
import org.goldenthread.feedback.FeedbackInvited;
import org.goldenthread.feedback.FeedbackSubject;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The family's invitation to say how a meeting or a review went, as an item of the kind of the
 * family's views (in the daily digest unless they chose otherwise): once per meeting or review.
 */
@Component
class InboxFromFeedback {

  private final InboxItems inbox;
  private final InboxWords words;
  private final Clock clock;

  InboxFromFeedback(InboxItems inbox, InboxWords words, Clock clock) {
    this.inbox = inbox;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(FeedbackInvited event) {
    Supplier<String> title =
        () ->
            event.subject() == FeedbackSubject.MEETING
                ? words.text(
                    "inbox.title.feedback.meeting",
                    words.text("meeting.kind." + event.what()),
                    event.childName(),
                    words.date(event.heldOn()))
                : words.text(
                    "inbox.title.feedback.review", event.childName(), words.date(event.heldOn()));
    inbox.add(
        event.people(),
        () ->
            new NewItem(
                InboxKind.VIEW,
                event.childId(),
                title.get(),
                event.link(),
                clock.instant(),
                String.join(":", "feedback", event.subject().name(), event.subjectId().toString()),
                null,
                false));
  }
}
