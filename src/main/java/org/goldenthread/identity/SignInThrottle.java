package org.goldenthread.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: after 5 refused sign-ins for one email, or 20 from one address, within 15
 * minutes, further attempts are refused until the window has passed. The answer never says whether
 * the email has an account.
 */
@Component
class SignInThrottle {

  static final int MAX_FAILURES_PER_EMAIL = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 100;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final SignInFailureRepository failures;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SignInThrottle(SignInFailureRepository failures, ApplicationEventPublisher events, Clock clock) {
    this.failures = failures;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  boolean isThrottled(String email, String address) {
    Instant since = clock.instant().minus(WINDOW);
    return failures.countForEmailSince(Emails.normalise(email), since) >= MAX_FAILURES_PER_EMAIL
        || failures.countForAddressSince(address, since) >= MAX_FAILURES_PER_ADDRESS;
  }

  @Transactional
  void recordFailure(String email, String address, boolean throttled) {
    String normalised = Emails.normalise(email);
    if (!throttled) {
      failures.save(new SignInFailure(normalised, address, clock.instant()));
    }
    events.publishEvent(new SignInFailed(normalised, address, throttled));
  }

  @Transactional
  void recordSuccess(String email) {
    failures.deleteForEmail(Emails.normalise(email));
  }

  @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
  @Transactional
  void forgetOldFailures() {
    failures.deleteOlderThan(clock.instant().minus(WINDOW.multipliedBy(4)));
  }
}
