package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.identity.IdentityPages.KIM;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Two-factor sign-in under "Your account": its state, setting it up, turning it off. */
@WebMvcTest(TwoFactorAccountController.class)
@IdentityPages.Security
class TwoFactorAccountControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean TwoFactorEnrolments enrolments;

  @Test
  void offItOffersToSetItUpAndNothingToTurnOff() throws Exception {
    given(enrolments.status(KIM)).willReturn(new TwoFactorEnrolments.Status(false, false, 0));

    Document page = IdentityPages.page(mvc, get("/account/two-factor").with(user(KIM)));

    assertThat(page.select("h1").text()).isEqualTo("Two-factor sign-in");
    assertThat(page.select("main").text()).contains("Two-factor sign-in is off");
    assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/account/two-factor/set-up");
    assertThat(page.select("form[action=/account/two-factor/turn-off]")).isEmpty();
  }

  @Test
  void onItSaysHowManyRecoveryCodesAreLeftAndTurnsOffWithThePassword() throws Exception {
    given(enrolments.status(KIM)).willReturn(new TwoFactorEnrolments.Status(true, false, 7));

    Document page = IdentityPages.page(mvc, get("/account/two-factor").with(user(KIM)));

    assertThat(page.select("main").text())
        .contains("Two-factor sign-in is on", "You have 7 recovery codes left.");
    assertThat(page.select("form[action=/account/two-factor/turn-off] label[for=password]").text())
        .isEqualTo("Your password");
    assertThat(page.select("input#password").attr("type")).isEqualTo("password");
  }

  @Test
  void someoneWhoMustUseItIsToldWhyAndCannotTurnItOff() throws Exception {
    given(enrolments.status(KIM)).willReturn(new TwoFactorEnrolments.Status(true, true, 1));

    Document page = IdentityPages.page(mvc, get("/account/two-factor").with(user(KIM)));

    assertThat(page.select("main").text()).contains("You have 1 recovery code left.");
    assertThat(page.select(".govuk-inset-text").text()).contains("cannot be turned off");
    assertThat(page.select("form[action=/account/two-factor/turn-off]")).isEmpty();
  }

  @Test
  void settingUpShowsTheQrCodeAndTheKeyAndPostsTheFirstCodeHere() throws Exception {
    given(enrolments.begin(KIM.id()))
        .willReturn(
            Optional.of(
                new TwoFactorEnrolments.SetUp(
                    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "data:image/png;base64,iVBORw0KGgo=")));

    Document page = IdentityPages.page(mvc, get("/account/two-factor/set-up").with(user(KIM)));

    assertThat(page.select("img").attr("alt")).startsWith("QR code for adding Golden Thread");
    assertThat(page.select("#key").text()).isEqualTo("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    assertThat(page.select("main form").attr("action")).isEqualTo("/account/two-factor/set-up");
    assertThat(page.select(".govuk-inset-text")).isEmpty();
    assertThat(page.select("a[href=/account/two-factor]").text()).isEqualTo("Cancel and go back");
  }

  @Test
  void settingUpWhenItIsOnAlreadyGoesBackToTheState() throws Exception {
    given(enrolments.begin(KIM.id())).willReturn(Optional.empty());

    mvc.perform(get("/account/two-factor/set-up").with(user(KIM)))
        .andExpect(redirectedUrl("/account/two-factor"));
  }

  @Test
  void anEmptyFirstCodeIsAnErrorBesideTheField() throws Exception {
    given(enrolments.begin(KIM.id()))
        .willReturn(
            Optional.of(
                new TwoFactorEnrolments.SetUp(
                    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "data:image/png;base64,iVBORw0KGgo=")));

    Document page =
        IdentityPages.page(mvc, IdentityPages.form(KIM, "/account/two-factor/set-up", "code", ""));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly("#code Enter the 6-digit code from your authenticator app");
    assertThat(page.select("#code-error").text())
        .isEqualTo("Error: Enter the 6-digit code from your authenticator app");
  }

  @Test
  void theRightFirstCodeShowsTheRecoveryCodesAndLeadsBack() throws Exception {
    List<String> codes = List.of("aaaaa-bbbbb", "ccccc-ddddd");
    given(enrolments.confirm(KIM.id(), "123 456")).willReturn(Optional.of(codes));

    Document page =
        IdentityPages.page(
            mvc, IdentityPages.form(KIM, "/account/two-factor/set-up", "code", "123 456"));

    assertThat(page.select("#recovery-codes li")).extracting(li -> li.text()).isEqualTo(codes);
    assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/account/two-factor");
  }

  @Test
  void aWrongPasswordIsShownBesideTheFieldAndNothingIsTurnedOff() throws Exception {
    given(enrolments.turnOff(KIM, "not-it"))
        .willReturn(Optional.of("identity.twoFactor.error.passwordWrong"));
    given(enrolments.status(KIM)).willReturn(new TwoFactorEnrolments.Status(true, false, 10));

    Document page =
        IdentityPages.page(
            mvc, IdentityPages.form(KIM, "/account/two-factor/turn-off", "password", "not-it"));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly("#password Your password is not right");
    assertThat(page.select("#password-error").text())
        .isEqualTo("Error: Your password is not right");
    assertThat(page.title()).startsWith("Error: ");
  }

  @Test
  void theRightPasswordTurnsItOffAndSaysSo() throws Exception {
    given(enrolments.turnOff(KIM, "right-one-1")).willReturn(Optional.empty());

    mvc.perform(IdentityPages.form(KIM, "/account/two-factor/turn-off", "password", "right-one-1"))
        .andExpect(redirectedUrl("/account/two-factor"))
        .andExpect(flash().attribute("success", "identity.twoFactor.turnedOff"));
  }

  @Test
  void nobodySignedInIsSentToSignIn() throws Exception {
    mvc.perform(get("/account/two-factor")).andExpect(redirectedUrl("/sign-in"));
    verifyNoInteractions(enrolments);
  }
}
