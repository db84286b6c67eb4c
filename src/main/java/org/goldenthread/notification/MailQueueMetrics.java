package org.goldenthread.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The mail queue's size as gauges: {@code goldenthread.mail.queued}, the messages waiting to be
 * sent (a number that keeps growing means mail is not leaving), and {@code
 * goldenthread.mail.failed}, the messages kept after failing too often.
 */
@Component
class MailQueueMetrics implements MeterBinder {

  private final MailQueue queue;

  MailQueueMetrics(MailQueue queue) {
    this.queue = queue;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("goldenthread.mail.queued", queue, MailQueue::queued)
        .description("Mail waiting to be sent")
        .baseUnit("messages")
        .register(registry);
    Gauge.builder("goldenthread.mail.failed", queue, MailQueue::failed)
        .description("Mail kept after failing too often, not tried again")
        .baseUnit("messages")
        .register(registry);
  }
}
