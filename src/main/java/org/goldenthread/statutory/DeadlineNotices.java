package org.goldenthread.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.deadline.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells those waiting on a deadline (of every source that offers its deadlines for notices) when it
 * is 5 working days from its last day, and when it is missed: each once, whichever node of the app
 * sees it first (the notice is written down before it is sent, and a notice written already is not
 * sent again). A family's own date that passes (an appeal not made) is no breach: it gets the
 * reminder, not a "missed". Checked every hour, so that a notice goes out on the morning it is due.
 */
@Component
class DeadlineNotices {

  static final int WORKING_DAYS_AHEAD = 5;

  private final ObjectProvider<DeadlineSource> sources;
  private final DeadlineCalendar calendar;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DeadlineNotices(
      ObjectProvider<DeadlineSource> sources,
      DeadlineCalendar calendar,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sources = sources;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  @SchedulerLock(name = "deadline-notices")
  @Scheduled(
      initialDelayString = "${goldenthread.deadlines.notice-delay:PT1M}",
      fixedDelayString = "${goldenthread.deadlines.notice-interval:PT1H}")
  void check() {
    send();
  }

  /** Sends the notices due now; answers how many went out. */
  @Transactional
  int send() {
    LocalDate today = LocalDate.now(clock);
    WorkingDays days = calendar.workingDays();
    int sent = 0;
    for (DeadlineSource source : sources) {
      for (Deadline deadline : source.forNotices(today)) {
        Optional<DeadlineNoticeDue.Notice> notice = noticeFor(deadline, today, days);
        if (notice.isPresent() && firstTime(deadline, notice.get())) {
          events.publishEvent(
              new DeadlineNoticeDue(
                  deadline.childId(),
                  deadline.subjectId(),
                  deadline.kind(),
                  deadline.lastDay(),
                  deadline.owner(),
                  deadline.ownerName(),
                  notice.get(),
                  deadline.page()));
          sent++;
        }
      }
    }
    return sent;
  }

  static Optional<DeadlineNoticeDue.Notice> noticeFor(
      Deadline deadline, LocalDate today, WorkingDays days) {
    if (deadline.status() == DeadlineStatus.MISSED) {
      return deadline.owner() == DeadlineOwner.FAMILY
          ? Optional.empty()
          : Optional.of(DeadlineNoticeDue.Notice.MISSED);
    }
    boolean dueSoon =
        deadline.status() == DeadlineStatus.PENDING
            && !today.isBefore(days.minusWorkingDays(deadline.lastDay(), WORKING_DAYS_AHEAD));
    return dueSoon ? Optional.of(DeadlineNoticeDue.Notice.DUE_SOON) : Optional.empty();
  }

  private boolean firstTime(Deadline deadline, DeadlineNoticeDue.Notice notice) {
    String key =
        String.join(
            "|",
            deadline.subjectId() != null
                ? deadline.subjectId().toString()
                : "child " + deadline.childId(),
            deadline.kind().name(),
            deadline.due().toString(),
            String.valueOf(deadline.ownerName()));
    return jdbc.sql(
                """
                insert into statutory_deadline_notice (deadline_key, notice, child_id, sent_at)
                values (:key, :notice, :child, :at)
                on conflict do nothing
                """)
            .param("key", key)
            .param("notice", notice.name())
            .param("child", deadline.childId())
            .param("at", java.sql.Timestamp.from(clock.instant()))
            .update()
        == 1;
  }
}
