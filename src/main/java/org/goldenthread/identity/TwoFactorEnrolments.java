package org.goldenthread.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning two-factor sign-in on and off. Setting it up shows a new key (as a QR code and as text)
 * until the person types a first code from their app; then it is on, and they get ten recovery
 * codes, shown once. Turning it off needs the password, and is refused to someone who must use it
 * ({@link TwoFactorPolicy}). Both are announced for the audit log.
 */
@Service
class TwoFactorEnrolments {

  private final TwoFactorKeyRepository keys;
  private final RecoveryCodeRepository recoveryCodes;
  private final UserAccountRepository users;
  private final TotpCodes codes;
  private final RecoveryCodes recovery;
  private final SecretCipher cipher;
  private final TwoFactorPolicy policy;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TwoFactorEnrolments(
      TwoFactorKeyRepository keys,
      RecoveryCodeRepository recoveryCodes,
      UserAccountRepository users,
      TotpCodes codes,
      RecoveryCodes recovery,
      SecretCipher cipher,
      TwoFactorPolicy policy,
      PasswordEncoder encoder,
      ApplicationEventPublisher events,
      Clock clock) {
    this.keys = keys;
    this.recoveryCodes = recoveryCodes;
    this.users = users;
    this.codes = codes;
    this.recovery = recovery;
    this.cipher = cipher;
    this.policy = policy;
    this.encoder = encoder;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person has it on, must have it on, and how many recovery codes they have left. */
  @Transactional(readOnly = true)
  Status status(CurrentUser user) {
    boolean on = keys.isConfirmed(user.id());
    return new Status(on, policy.requiredFor(user), on ? recoveryCodes.countUnused(user.id()) : 0);
  }

  /**
   * The key being set up: the one shown before (a page reloaded, an app that did not scan), or a
   * new one. Empty when two-factor sign-in is on already.
   */
  @Transactional
  Optional<SetUp> begin(UUID userId) {
    UserAccount account = users.findById(userId).orElseThrow();
    TwoFactorKey key =
        keys.findById(userId)
            .orElseGet(
                () ->
                    keys.save(
                        new TwoFactorKey(
                            userId, cipher.encrypt(codes.newSecret()), clock.instant())));
    if (key.confirmed()) {
      return Optional.empty();
    }
    String secret = cipher.decrypt(key.encryptedSecret());
    return Optional.of(new SetUp(secret, codes.qrImage(secret, account.email())));
  }

  /**
   * Turns two-factor sign-in on when the code is right for the key being set up (the code is then
   * used up), and answers the new recovery codes; empty when the code is wrong or nothing is being
   * set up.
   *
   * @throws EditConflict when the same set-up was finished at the same moment elsewhere
   */
  @Transactional
  Optional<List<String>> confirm(UUID userId, String typed) {
    Optional<TwoFactorKey> pending = keys.findById(userId).filter(key -> !key.confirmed());
    if (pending.isEmpty() || typed == null) {
      return Optional.empty();
    }
    TwoFactorKey key = pending.get();
    Instant now = clock.instant();
    OptionalLong step =
        codes.acceptedStep(
            cipher.decrypt(key.encryptedSecret()),
            typed.replaceAll("\\s", ""),
            now,
            key.lastUsedStep());
    if (step.isEmpty()) {
      return Optional.empty();
    }
    key.confirm(now, step.getAsLong());
    try {
      keys.saveAndFlush(key);
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new EditConflict();
    }
    List<String> codesToShow = recovery.newCodes();
    recoveryCodes.deleteAllFor(userId);
    recoveryCodes.saveAll(
        codesToShow.stream().map(code -> new RecoveryCode(userId, recovery.hash(code))).toList());
    String name = users.findById(userId).orElseThrow().displayName();
    events.publishEvent(new TwoFactorEnrolled(userId, name));
    return Optional.of(codesToShow);
  }

  /**
   * Turns two-factor sign-in off, after checking the password.
   *
   * @return the message key of the problem with the password field, or empty when it is off
   */
  @Transactional
  Optional<String> turnOff(CurrentUser user, String password) {
    if (policy.requiredFor(user)) {
      return Optional.of("identity.twoFactor.error.required");
    }
    UserAccount account = users.findById(user.id()).orElseThrow();
    if (password == null || password.isEmpty()) {
      return Optional.of("identity.twoFactor.error.passwordMissing");
    }
    if (!encoder.matches(password, account.passwordHash())) {
      return Optional.of("identity.twoFactor.error.passwordWrong");
    }
    if (keys.isConfirmed(user.id())) {
      keys.deleteById(user.id());
      recoveryCodes.deleteAllFor(user.id());
      events.publishEvent(new TwoFactorRemoved(user.id(), user.displayName()));
    }
    return Optional.empty();
  }

  /** Two-factor sign-in for one person, as their account page shows it. */
  record Status(boolean on, boolean required, int recoveryCodesLeft) {}

  /**
   * A key being set up: as a QR code to scan, and as text to type for those who cannot scan it.
   *
   * @param qrImage the QR code as a {@code data:} address
   */
  record SetUp(String secret, String qrImage) {

    /** The key in groups of four characters, easier to read out and type. */
    public String secretInGroups() {
      return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
  }
}
