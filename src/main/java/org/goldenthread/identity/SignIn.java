package org.goldenthread.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an email and password, and the code of someone with two-factor sign-in, for the sign-in
 * pages and for API tokens alike, with throttling ({@link SignInThrottle}): each attempt is counted
 * first, and only an attempt within the limits is checked. A code is an attempt like a password, in
 * the same counts, and the counts of a person with two-factor sign-in start afresh only once the
 * code is right. A wrong email, a wrong password and a wrong code look the same from outside, and a
 * wrong email takes about as long as a wrong password.
 *
 * <p>The pages ask for the code on a page of its own after the password ({@link
 * Result#CODE_NEEDED}); the API takes it with the password ({@code otp}). Someone who must use
 * two-factor sign-in ({@link TwoFactorPolicy}) and has not set it up is not signed in until they
 * have ({@link Result#SET_UP_NEEDED}).
 */
@Service
class SignIn {

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final SignInThrottle throttle;
  private final SecondFactor secondFactor;
  private final TwoFactorPolicy twoFactorPolicy;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final String dummyHash;

  SignIn(
      UserAccountRepository users,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      SecondFactor secondFactor,
      TwoFactorPolicy twoFactorPolicy,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.users = users;
    this.encoder = encoder;
    this.throttle = throttle;
    this.secondFactor = secondFactor;
    this.twoFactorPolicy = twoFactorPolicy;
    this.events = events;
    this.transactions = transactions;
    this.dummyHash = encoder.encode("not-a-real-password-for-timing");
  }

  /**
   * The first step on the pages, or the whole of it for an API token.
   *
   * @param otp the code, for an API token (the pages ask for it next, so they send null)
   */
  Outcome attempt(
      String email, String password, String otp, String address, SignedIn.Channel channel) {
    String normalised = Emails.normalise(email);
    if (!throttle.tryAcquire(normalised, address)) {
      return transactions.execute(status -> refused(normalised, address, true));
    }
    return transactions.execute(status -> check(normalised, password, otp, address, channel));
  }

  /** The second step on the pages: the code of someone whose password was right. */
  Outcome attemptCode(UUID userId, String email, String code, String address) {
    if (!throttle.tryAcquire(email, address)) {
      return transactions.execute(status -> refused(email, address, true));
    }
    return transactions.execute(
        status ->
            enabled(userId)
                .filter(user -> secondFactor.check(user, code, address))
                .map(user -> signedIn(user, address, SignedIn.Channel.PAGES))
                .orElseGet(() -> refused(email, address, false)));
  }

  /** Someone who had to set two-factor sign-in up after their password has just done so. */
  Outcome setUpFinished(UUID userId, String address) {
    return transactions.execute(
        status ->
            enabled(userId)
                .map(user -> signedIn(user, address, SignedIn.Channel.PAGES))
                .orElseGet(() -> new Outcome(Result.REFUSED, null)));
  }

  private Outcome check(
      String email, String password, String otp, String address, SignedIn.Channel channel) {
    Optional<UserAccount> account = users.findByEmail(email);
    String hash = account.map(UserAccount::passwordHash).orElse(dummyHash);
    boolean matches = password != null && encoder.matches(password, hash);
    if (account.isEmpty() || !matches || !account.get().enabled()) {
      return refused(email, address, false);
    }
    UserAccount found = account.get();
    if (encoder.upgradeEncoding(found.passwordHash())) {
      found.changePasswordHash(encoder.encode(password));
    }
    CurrentUser user = found.toCurrentUser().withoutPassword();
    if (secondFactor.enrolled(user.id())) {
      if (channel == SignedIn.Channel.PAGES) {
        return new Outcome(Result.CODE_NEEDED, user);
      }
      if (!secondFactor.check(user, otp, address)) {
        return refused(email, address, false);
      }
    } else if (twoFactorPolicy.requiredFor(user)) {
      return new Outcome(Result.SET_UP_NEEDED, user);
    }
    return signedIn(user, address, channel);
  }

  private Optional<CurrentUser> enabled(UUID userId) {
    return users
        .findById(userId)
        .filter(UserAccount::enabled)
        .map(account -> account.toCurrentUser().withoutPassword());
  }

  private Outcome signedIn(CurrentUser user, String address, SignedIn.Channel channel) {
    throttle.succeeded(user.email(), address);
    events.publishEvent(
        new SignedIn(user.id(), user.displayName(), user.email(), address, channel));
    return new Outcome(Result.SIGNED_IN, user);
  }

  private Outcome refused(String email, String address, boolean throttled) {
    events.publishEvent(new SignInFailed(email, address, throttled));
    return new Outcome(throttled ? Result.THROTTLED : Result.REFUSED, null);
  }

  enum Result {
    SIGNED_IN,
    /** The password was right; the code from the app comes next (pages only). */
    CODE_NEEDED,
    /** The password was right, but the person must set two-factor sign-in up first. */
    SET_UP_NEEDED,
    REFUSED,
    THROTTLED
  }

  /** The result, and the person whose password was right (null when refused). */
  record Outcome(Result result, CurrentUser user) {}
}
