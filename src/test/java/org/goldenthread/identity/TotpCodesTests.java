package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Checking codes from an authenticator app: RFC 6238's values, the time window, no replay. */
class TotpCodesTests {

  /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
  private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private final TotpCodes codes = new TotpCodes();

  @Test
  void theCodesAreThoseOfRfc6238() {
    // The RFC lists 8 digits; apps show the last 6.
    assertThat(codes.acceptedStep(RFC_KEY, "287082", Instant.ofEpochSecond(59), 0)).hasValue(1);
    assertThat(codes.acceptedStep(RFC_KEY, "081804", Instant.ofEpochSecond(1111111109), 0))
        .hasValue(37037036);
    assertThat(codes.acceptedStep(RFC_KEY, "005924", Instant.ofEpochSecond(1234567890), 0))
        .hasValue(41152263);
    assertThat(codes.acceptedStep(RFC_KEY, "279037", Instant.ofEpochSecond(2000000000), 0))
        .hasValue(66666666);
  }

  @Test
  void aCodeIsTakenInItsOwnStepAndOneEitherSideButNoFurther() {
    Instant made = Instant.ofEpochSecond(1234567890); // step 41152263, code 005924
    assertThat(codes.acceptedStep(RFC_KEY, "005924", made.plusSeconds(30), 0)).hasValue(41152263);
    assertThat(codes.acceptedStep(RFC_KEY, "005924", made.minusSeconds(30), 0)).hasValue(41152263);
    assertThat(codes.acceptedStep(RFC_KEY, "005924", made.plusSeconds(60), 0)).isEmpty();
    assertThat(codes.acceptedStep(RFC_KEY, "005924", made.minusSeconds(60), 0)).isEmpty();
  }

  @Test
  void aCodeUsedOnceIsRefusedForTheRestOfItsWindowButTheNextCodeIsTaken() throws Exception {
    Instant now = Instant.ofEpochSecond(1234567890);
    OptionalLong first = codes.acceptedStep(RFC_KEY, "005924", now, 0);
    assertThat(first).hasValue(41152263);

    assertThat(codes.acceptedStep(RFC_KEY, "005924", now, first.getAsLong())).isEmpty();
    assertThat(codes.acceptedStep(RFC_KEY, "005924", now.plusSeconds(29), first.getAsLong()))
        .isEmpty();
    // A code of an earlier step, typed late, cannot come after a later one either.
    String earlier = codeAt(41152262);
    assertThat(codes.acceptedStep(RFC_KEY, earlier, now, first.getAsLong())).isEmpty();

    String next = codeAt(41152264);
    assertThat(codes.acceptedStep(RFC_KEY, next, now.plusSeconds(30), first.getAsLong()))
        .hasValue(41152264);
  }

  @Test
  void anythingButSixDigitsIsNoCode() {
    Instant now = Instant.ofEpochSecond(1234567890);
    assertThat(codes.acceptedStep(RFC_KEY, "05924", now, 0)).isEmpty();
    assertThat(codes.acceptedStep(RFC_KEY, "0059245", now, 0)).isEmpty();
    assertThat(codes.acceptedStep(RFC_KEY, "00592a", now, 0)).isEmpty();
    assertThat(codes.acceptedStep(RFC_KEY, null, now, 0)).isEmpty();
    assertThat(TotpCodes.looksLikeCode("123456")).isTrue();
    assertThat(TotpCodes.looksLikeCode("abcde-fghjk")).isFalse();
  }

  @Test
  void aNewKeyIsRandomBase32AndTheQrCodeCarriesItWithTheIssuer() throws Exception {
    String key = codes.newSecret();
    assertThat(key).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
    String qrImage = codes.qrImage(key, "sam@example.org");
    assertThat(qrImage).startsWith("data:image/png;base64,");
    assertThat(scan(qrImage))
        .startsWith("otpauth://totp/Golden%20Thread%3Asam%40example.org?")
        .contains("secret=" + key, "issuer=Golden%20Thread", "digits=6", "period=30");
  }

  /** The code an app shows in a step. */
  private static String codeAt(long step) throws Exception {
    return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(RFC_KEY, step);
  }

  /** What a phone's camera reads from the QR code. */
  private static String scan(String dataAddress) throws Exception {
    byte[] png = Base64.getDecoder().decode(dataAddress.substring(dataAddress.indexOf(',') + 1));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    return new MultiFormatReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
