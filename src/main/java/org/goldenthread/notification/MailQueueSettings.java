package org.goldenthread.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the mail queue is worked: how often each node looks for mail to send (besides being woken
 * when mail is queued on it), and how a message that could not be handed over is tried again.
 *
 * @param pollInterval how often a node looks for mail queued on another node (1 second)
 * @param firstRetry the wait after the first failure (30 seconds), doubled after each further one
 * @param longestRetry the longest wait between two attempts (1 hour)
 * @param attempts after this many failures the message is kept, marked failed, and not tried again
 *     (12: about 5 hours of trying)
 * @param channel the queue this node writes and works, when not the one of its delivery ({@code
 *     smtp}, or {@code outbox} when mail is kept in the app): every node of one installation works
 *     the same one; the tests give each application context a queue of its own
 */
@ConfigurationProperties("goldenthread.mail.queue")
record MailQueueSettings(
    @DefaultValue("PT1S") Duration pollInterval,
    @DefaultValue("PT30S") Duration firstRetry,
    @DefaultValue("PT1H") Duration longestRetry,
    @DefaultValue("12") int attempts,
    String channel) {

  /** The queue this node works with this delivery. */
  String channelOf(MailDelivery delivery) {
    return channel == null || channel.isBlank() ? delivery.channel() : channel;
  }

  /** The wait before the next attempt, after this many failures (1 or more). */
  Duration after(int failures) {
    Duration wait = firstRetry;
    for (int i = 1; i < failures && wait.compareTo(longestRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longestRetry) < 0 ? wait : longestRetry;
  }
}
