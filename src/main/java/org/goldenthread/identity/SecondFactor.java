package org.goldenthread.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in: a code from the person's authenticator app, or one of their
 * recovery codes. Either is used up as it is accepted, in the same statement that checks it has not
 * been used: a code from the app cannot be used twice in its 30 seconds ({@link TotpCodes}), a
 * recovery code never again. Throttling is the caller's ({@link SignIn}).
 */
@Service
class SecondFactor {

  private final TwoFactorKeyRepository keys;
  private final RecoveryCodeRepository recoveryCodes;
  private final TotpCodes codes;
  private final RecoveryCodes recovery;
  private final SecretCipher cipher;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SecondFactor(
      TwoFactorKeyRepository keys,
      RecoveryCodeRepository recoveryCodes,
      TotpCodes codes,
      RecoveryCodes recovery,
      SecretCipher cipher,
      ApplicationEventPublisher events,
      Clock clock) {
    this.keys = keys;
    this.recoveryCodes = recoveryCodes;
    this.codes = codes;
    this.recovery = recovery;
    this.cipher = cipher;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person has two-factor sign-in on, and so must give a code to sign in. */
  @Transactional(readOnly = true)
  boolean enrolled(UUID userId) {
    return keys.isConfirmed(userId);
  }

  /**
   * Whether the code is right for the person, using it up if so. A recovery code used is announced
   * ({@link RecoveryCodeUsed}) for the audit log.
   *
   * @param typed as typed: 6 digits from the app (spaces allowed), or a recovery code
   */
  @Transactional
  boolean check(CurrentUser user, String typed, String address) {
    if (typed == null || typed.isBlank()) {
      return false;
    }
    String code = typed.replaceAll("\\s", "");
    return TotpCodes.looksLikeCode(code)
        ? checkAppCode(user.id(), code)
        : checkRecoveryCode(user, code, address);
  }

  private boolean checkAppCode(UUID userId, String code) {
    Optional<TwoFactorKey> key = keys.findById(userId).filter(TwoFactorKey::confirmed);
    if (key.isEmpty()) {
      return false;
    }
    OptionalLong step =
        codes.acceptedStep(
            cipher.decrypt(key.get().encryptedSecret()),
            code,
            clock.instant(),
            key.get().lastUsedStep());
    return step.isPresent() && keys.useStep(userId, step.getAsLong()) == 1;
  }

  private boolean checkRecoveryCode(CurrentUser user, String code, String address) {
    if (recoveryCodes.use(user.id(), recovery.hash(code), clock.instant()) != 1) {
      return false;
    }
    events.publishEvent(
        new RecoveryCodeUsed(
            user.id(), user.displayName(), recoveryCodes.countUnused(user.id()), address));
    return true;
  }
}
