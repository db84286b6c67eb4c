package org.goldenthread.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 6 digits,
 * a new code every 30 seconds. A code is accepted in its own 30-second step and in the steps just
 * before and after it (a phone's clock a little out, a code typed as it changed), and only in a
 * step later than the last one accepted for the same key, so that a code seen over someone's
 * shoulder or sent twice cannot be used again.
 */
@Component
class TotpCodes {

  static final int DIGITS = 6;
  static final Duration STEP = Duration.ofSeconds(30);
  static final String ISSUER = "Golden Thread";

  /** How many steps either side of now a code may come from. */
  static final int DRIFT_STEPS = 1;

  private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
  private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

  /** A new random key, in Base32 (160 bits), as apps take it typed or from a QR code. */
  String newSecret() {
    return secrets.generate();
  }

  /** Whether the text has the shape of a code (6 digits), as against a recovery code. */
  static boolean looksLikeCode(String typed) {
    return typed != null && CODE.matcher(typed).matches();
  }

  /** The 30-second step an instant falls in, counted from 1970 (RFC 6238's T). */
  static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
  }

  /**
   * The step of the code, when it is right for this key now and comes from a step later than the
   * last one used.
   *
   * @param lastUsedStep the step of the last code accepted for this key (0 for none)
   */
  OptionalLong acceptedStep(String secret, String code, Instant now, long lastUsedStep) {
    if (!looksLikeCode(code)) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step > lastUsedStep && sameCode(codeAt(secret, step), code)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The QR code of the key, as a data: address for an image on the page (no request to make). */
  String qrImage(String secret, String email) {
    ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(qr.generate(qrData(secret, email)), qr.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("The QR code could not be drawn", e);
    }
  }

  private String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("The key of a two-factor sign-in is not valid Base32", e);
    }
  }

  private static QrData qrData(String secret, String email) {
    return new QrData.Builder()
        .label(ISSUER + ":" + email)
        .secret(secret)
        .issuer(ISSUER)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period((int) STEP.toSeconds())
        .build();
  }

  /** Compares in the same time whatever the codes are. */
  private static boolean sameCode(String expected, String typed) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
  }
}
