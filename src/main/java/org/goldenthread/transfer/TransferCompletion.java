package org.goldenthread.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.goldenthread.child.SchoolMoves;
import org.goldenthread.organisation.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes agreed moves: at once when the family agrees to a move dated today or earlier, and on
 * its date for a later one, checked every hour. Each is completed once, whichever node of the app
 * gets there first: the job locks the transfer's row before it completes it, in the transaction
 * that completes it, and a node that waited for the lock finds it completed already.
 *
 * <p>Completing a move keeps a copy of the record as it stands for the school left behind ({@link
 * TransferCopies}), then moves the child ({@link SchoolMoves#move}).
 */
@Component
class TransferCompletion {

  private final TransferRepository transfers;
  private final TransferCopies copies;
  private final SchoolMoves moves;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TransferCompletion(
      TransferRepository transfers,
      TransferCopies copies,
      SchoolMoves moves,
      Organisations organisations,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.transfers = transfers;
    this.copies = copies;
    this.moves = moves;
    this.organisations = organisations;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @SchedulerLock(name = "transfer-completion")
  @Scheduled(
      initialDelayString = "${goldenthread.transfers.completion-delay:PT1M}",
      fixedDelayString = "${goldenthread.transfers.completion-interval:PT1H}")
  void check() {
    completeDue(LocalDate.now(clock));
  }

  /** Completes the agreed moves whose day has come by this day; answers how many this call did. */
  int completeDue(LocalDate today) {
    int completed = 0;
    for (UUID id : transfers.dueOn(today)) {
      Boolean done =
          transaction.execute(
              status ->
                  transfers
                      .lockById(id)
                      .filter(t -> t.status() == TransferStatus.AGREED)
                      .filter(t -> !t.movesOn().isAfter(today))
                      .map(
                          t -> {
                            complete(
                                t,
                                new SchoolMoves.Actor(
                                    t.proposedById(), t.proposedByName(), t.proposedAs()));
                            return true;
                          })
                      .orElse(false));
      if (Boolean.TRUE.equals(done)) {
        completed++;
      }
    }
    return completed;
  }

  /** Completes the move, in the caller's transaction (the transfer's row already claimed). */
  void complete(Transfer transfer, SchoolMoves.Actor by) {
    copies.take(transfer.id(), transfer.childId());
    List<String> renewing = moves.move(transfer.childId(), transfer.toSchoolId(), by);
    transfer.complete(clock.instant());
    transfers.saveAndFlush(transfer);
    events.publishEvent(
        new TransferCompleted(
            transfer.id(),
            transfer.childId(),
            organisations.name(transfer.toSchoolId()).orElse(""),
            renewing));
  }
}
