package org.goldenthread.identity;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an email and password, for the sign-in page and for API tokens alike, with throttling
 * ({@link SignInThrottle}): the attempt is counted first, and only an attempt within the limits has
 * its password checked. A wrong email and a wrong password look the same from outside, and take
 * about as long.
 */
@Service
class SignIn {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final SignInThrottle throttle;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final String dummyHash;

  SignIn(
      UserAccountRepository users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.users = users;
    this.encoder = encoder;
    this.throttle = throttle;
    this.events = events;
    this.transactions = transactions;
    this.dummyHash = encoder.encode("not-a-real-password-for-timing");
  }

  Outcome attempt(String email, String password, String address, SignedIn.Channel channel) {
    String normalised = Emails.normalise(email);
    if (!throttle.tryAcquire(normalised, address)) {
      return transactions.execute(status -> refused(normalised, address, true));
    }
    return transactions.execute(status -> check(normalised, password, address, channel));
  }

  private Outcome check(String email, String password, String address, SignedIn.Channel channel) {
    Optional<UserAccount> account = users.findByEmail(email);
    String hash = account.map(UserAccount::passwordHash).orElse(dummyHash);
    boolean matches = password != null && encoder.matches(password, hash);
    if (account.isEmpty() || !matches || !account.get().enabled()) {
      return refused(email, address, false);
    }
    UserAccount user = account.get();
    if (encoder.upgradeEncoding(user.passwordHash())) {
      user.changePasswordHash(encoder.encode(password));
    }
    throttle.succeeded(email, address);
    events.publishEvent(
        new SignedIn(user.id(), user.displayName(), user.email(), address, channel));
    return new Outcome(Result.SIGNED_IN, user.toCurrentUser().withoutPassword());
  }

  private Outcome refused(String email, String address, boolean throttled) {
    events.publishEvent(new SignInFailed(email, address, throttled));
    return new Outcome(throttled ? Result.THROTTLED : Result.REFUSED, null);
  }

  enum Result {
    SIGNED_IN,
    REFUSED,
    THROTTLED
  }

  record Outcome(Result result, CurrentUser user) {}
}
