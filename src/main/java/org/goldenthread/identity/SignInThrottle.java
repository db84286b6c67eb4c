package org.goldenthread.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Each attempt is counted before its password is checked, by one
 * atomic statement per counter ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}) committed
 * at once, so that parallel guesses cannot all pass a check made before any of them was counted.
 *
 * <ul>
 *   <li>Per account and address: at most {@value #MAX_ATTEMPTS_PER_PAIR} passwords are checked for
 *       one email address from one network address in a {@link #WINDOW 15-minute} window; further
 *       attempts from that address are refused without checking (429) until the window ends.
 *   <li>Per account: at most {@value #MAX_ATTEMPTS_PER_ACCOUNT} from all addresses together in the
 *       window, against guessing spread over many addresses.
 * </ul>
 *
 * <p>An address is never locked as a whole: someone guessing from a school's shared connection
 * locks only the account they guess at, from that connection, and every other account signs in as
 * usual. A window starts with the first attempt after the last one ended. A successful sign-in
 * clears its account and address pair and gives its attempt back to the account. The answer never
 * says whether the email has an account: unknown emails are counted the same way.
 */
@Component
class SignInThrottle {

  static final int MAX_ATTEMPTS_PER_PAIR = 5;
  static final int MAX_ATTEMPTS_PER_ACCOUNT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private static final String COUNT =
      """
      insert into sign_in_counter as c (key, window_started_at, attempts)
      values (:key, :now, 1)
      on conflict (key) do update set
        attempts = case when c.window_started_at <= :windowStart then 1 else c.attempts + 1 end,
        window_started_at =
          case when c.window_started_at <= :windowStart then :now else c.window_started_at end
      returning attempts
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts one attempt for the account and the pair, in a transaction of its own that is committed
   * before the password is checked.
   *
   * @return whether the password may be checked; false when either limit has been reached
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  boolean tryAcquire(String email, String address) {
    Instant now = clock.instant();
    if (count(pairKey(email, address), now) > MAX_ATTEMPTS_PER_PAIR) {
      return false;
    }
    return count(accountKey(email), now) <= MAX_ATTEMPTS_PER_ACCOUNT;
  }

  /** The password was right: the pair starts afresh and the account gets its attempt back. */
  @Transactional
  void succeeded(String email, String address) {
    jdbc.sql("delete from sign_in_counter where key = ?").param(pairKey(email, address)).update();
    jdbc.sql("update sign_in_counter set attempts = greatest(attempts - 1, 0) where key = ?")
        .param(accountKey(email))
        .update();
    jdbc.sql("delete from sign_in_counter where window_started_at <= ?")
        .param(Timestamp.from(clock.instant().minus(WINDOW)))
        .update();
  }

  private int count(String key, Instant now) {
    return jdbc.sql(COUNT)
        .param("key", key)
        .param("now", Timestamp.from(now))
        .param("windowStart", Timestamp.from(now.minus(WINDOW)))
        .query(Integer.class)
        .single();
  }

  private static String accountKey(String email) {
    return "account:" + email;
  }

  private static String pairKey(String email, String address) {
    return "pair:" + address + "|" + email;
  }
}
