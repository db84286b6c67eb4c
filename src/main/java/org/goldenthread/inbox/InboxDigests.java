package org.goldenthread.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once a day, from {@code goldenthread.inbox.digest-hour} (7 in the morning) on,
 * each person with unread items of a kind they chose the digest for, that no digest carried yet,
 * about children they may still see, gets one digest ({@link DigestDue}, which the notifications
 * send). Checked every hour, like the deadline notices. Each person's digest of the day is claimed
 * in the database ({@code inbox_digest}, one row per person and day) in the same transaction that
 * marks its items as carried and records the event: of two app nodes at once, the second waits for
 * the first's row and finds it there, so the digest goes once.
 */
@Component
class InboxDigests {

  private final InboxItemRepository items;
  private final NotificationPreferences preferences;
  private final Accounts accounts;
  private final ChildAccess access;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int hour;

  InboxDigests(
      InboxItemRepository items,
      NotificationPreferences preferences,
      Accounts accounts,
      ChildAccess access,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${goldenthread.inbox.digest-hour:7}") int hour) {
    this.items = items;
    this.preferences = preferences;
    this.accounts = accounts;
    this.access = access;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.hour = hour;
  }

  @SchedulerLock(name = "inbox-digests")
  @Scheduled(
      initialDelayString = "${goldenthread.inbox.digest-delay:PT3M}",
      fixedDelayString = "${goldenthread.inbox.digest-interval:PT1H}")
  void check() {
    if (!LocalTime.now(clock).isBefore(LocalTime.of(hour, 0))) {
      send(LocalDate.now(clock));
    }
  }

  /** Claims and announces the digests of the day not sent yet; answers how many. */
  int send(LocalDate day) {
    int sent = 0;
    for (UUID userId : waiting(day)) {
      if (Boolean.TRUE.equals(transaction.execute(status -> claim(userId, day)))) {
        sent++;
      }
    }
    return sent;
  }

  /** The people with items for a digest and no digest of the day yet: one query. */
  private List<UUID> waiting(LocalDate day) {
    return jdbc.sql(
            "select distinct i.user_id from inbox_item i"
                + " left join notification_preference p on p.user_id = i.user_id"
                + " and p.kind = i.kind"
                + " where i.read_at is null and i.digested_on is null and "
                + NotificationPreferences.choiceSql("i.kind", "p")
                + " = 'DIGEST' and not exists (select 1 from inbox_digest d"
                + " where d.user_id = i.user_id and d.day = :day)")
        .param("day", day)
        .query(UUID.class)
        .list();
  }

  /** The person's digest of the day, if it is still to send and has anything in it. */
  private boolean claim(UUID userId, LocalDate day) {
    Optional<CurrentUser> user = accounts.findById(userId);
    List<InboxKind> kinds = preferences.kindsWith(userId, EmailChoice.DIGEST);
    if (user.isEmpty() || kinds.isEmpty()) {
      return false;
    }
    List<InboxItem> found = items.forDigest(userId, kinds);
    Set<UUID> visible =
        access.visibleAmong(
            user.get(), found.stream().map(InboxItem::childId).collect(Collectors.toSet()));
    List<InboxItem> carried =
        found.stream().filter(item -> visible.contains(item.childId())).toList();
    if (carried.isEmpty() || !firstOfTheDay(userId, day, carried.size())) {
      return false;
    }
    items.markDigested(carried.stream().map(InboxItem::id).toList(), day);
    events.publishEvent(
        new DigestDue(userId, day, carried.stream().map(InboxItem::digestItem).toList()));
    return true;
  }

  private boolean firstOfTheDay(UUID userId, LocalDate day, int count) {
    return jdbc.sql(
                """
                insert into inbox_digest (user_id, day, items, sent_at)
                values (:user, :day, :items, :at)
                on conflict do nothing
                """)
            .param("user", userId)
            .param("day", day)
            .param("items", count)
            .param("at", Timestamp.from(clock.instant()))
            .update()
        == 1;
  }
}
