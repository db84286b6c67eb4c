package org.goldenthread.identity;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an email and password, for the sign-in page and for API tokens alike, with throttling. A
 * wrong email and a wrong password look the same from outside, and take about as long.
 */
@Service
class SignIn {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final SignInThrottle throttle;
  private final ApplicationEventPublisher events;
  private final String dummyHash;

  SignIn(
      UserAccountRepository users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      ApplicationEventPublisher events) {
    this.users = users;
    this.encoder = encoder;
    this.throttle = throttle;
    this.events = events;
    this.dummyHash = encoder.encode("not-a-real-password-for-timing");
  }

  @Transactional
  Outcome attempt(String email, String password, String address, SignedIn.Channel channel) {
    String normalised = Emails.normalise(email);
    if (throttle.isThrottled(normalised, address)) {
      throttle.recordFailure(normalised, address, true);
      return new Outcome(Result.THROTTLED, null);
    }
    Optional<UserAccount> account = users.findByEmail(normalised);
    String hash = account.map(UserAccount::passwordHash).orElse(dummyHash);
    boolean matches = password != null && encoder.matches(password, hash);
    if (account.isEmpty() || !matches || !account.get().enabled()) {
      throttle.recordFailure(normalised, address, false);
      return new Outcome(Result.REFUSED, null);
    }
    UserAccount user = account.get();
    if (encoder.upgradeEncoding(user.passwordHash())) {
      user.changePasswordHash(encoder.encode(password));
    }
    throttle.recordSuccess(normalised);
    events.publishEvent(
        new SignedIn(user.id(), user.displayName(), user.email(), address, channel));
    return new Outcome(Result.SIGNED_IN, user.toCurrentUser().withoutPassword());
  }

  enum Result {
    SIGNED_IN,
    REFUSED,
    THROTTLED
  }

  record Outcome(Result result, CurrentUser user) {}
}
