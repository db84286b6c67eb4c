package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTests {

  @Test
  void computesTheCheckLetterFromTheOtherTwelveCharacters() {
    // 9×2 + 9×3 + 0×4 + 2×5 + 1×6 + 2×7 + 1×8 + 0×9 + 0×10 + 0×11 + 0×12 + 1×13 = 96; 96 mod 23 = 4
    assertThat(Upn.checkLetter("990212100001")).isEqualTo('E');
    assertThat(Upn.problem("E990212100001")).isEmpty();
  }

  @Test
  void aTemporaryUpnEndsInALetterThatCountsByItsPlaceInTheAlphabet() {
    String lastTwelve = "99021210000A";
    String upn = Upn.checkLetter(lastTwelve) + lastTwelve;
    assertThat(Upn.problem(upn)).isEmpty();
  }

  @Test
  void aWrongCheckLetterIsNamed() {
    assertThat(Upn.problem("A990212100001")).contains("child.error.upn.checkLetter");
  }

  @Test
  void theShapeIsCheckedBeforeTheLetter() {
    assertThat(Upn.problem("E99021210000")).contains("child.error.upn.length");
    assertThat(Upn.problem("E9902121000011")).contains("child.error.upn.length");
    assertThat(Upn.problem("E99021210X001")).contains("child.error.upn.format");
    assertThat(Upn.problem("I990212100001")).contains("child.error.upn.format");
    assertThat(Upn.problem("E99021210000I")).contains("child.error.upn.format");
    assertThat(Upn.problem("199021210000A")).contains("child.error.upn.format");
  }

  @Test
  void normalisingTakesOutSpacesAndUpperCases() {
    assertThat(Upn.normalise(" e990 2121 00001 ")).isEqualTo("E990212100001");
    assertThat(Upn.normalise("   ")).isNull();
  }

  /** A valid UPN for tests: the serial made unique by the caller. */
  public static String valid(long serial) {
    String lastTwelve = String.format("99030%07d", serial % 10_000_000);
    return Upn.checkLetter(lastTwelve) + lastTwelve;
  }
}
