package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.identity.IdentityPages.KIM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The second step of signing in: the code page and, for someone who must use two-factor sign-in,
 * setting it up; nobody is signed in before the end of it.
 */
@WebMvcTest(TwoFactorSignInController.class)
@IdentityPages.Security
@Import({SignedInSessions.class, LanguageChoice.class})
class TwoFactorSignInControllerTests {

  private static final TwoFactorEnrolments.SetUp SET_UP =
      new TwoFactorEnrolments.SetUp(
          "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "data:image/png;base64,iVBORw0KGgo=");

  @Autowired MockMvc mvc;
  @MockitoBean SignIn signIn;
  @MockitoBean TwoFactorEnrolments enrolments;

  /** A session whose password step was done by Kim. */
  private static MockHttpSession halfSignedIn(PendingSignIn.Step step) {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(KIM.id(), KIM.email(), step));
    return session;
  }

  @Test
  void withoutAPasswordFirstBothPagesGoBackToSignIn() throws Exception {
    for (String path : new String[] {"/sign-in/code", "/sign-in/set-up-two-factor"}) {
      assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl())
          .isEqualTo("/sign-in");
      assertThat(
              mvc.perform(IdentityPages.form(path, "code", "123456"))
                  .andReturn()
                  .getResponse()
                  .getRedirectedUrl())
          .isEqualTo("/sign-in");
    }
    // Half signed in for a code is not half signed in for setting up, and the other way round.
    assertThat(
            mvc.perform(
                    get("/sign-in/set-up-two-factor")
                        .session(halfSignedIn(PendingSignIn.Step.CODE)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/sign-in");
    verifyNoInteractions(signIn, enrolments);
  }

  @Test
  void theCodePageAsksForTheCodeWithALabelledFieldThatPhonesCanFill() throws Exception {
    Document page =
        IdentityPages.page(
            mvc, get("/sign-in/code").session(halfSignedIn(PendingSignIn.Step.CODE)));

    assertThat(page.select("h1 label[for=code]").text())
        .isEqualTo("Enter the code from your authenticator app");
    assertThat(page.select("input#code").attr("autocomplete")).isEqualTo("one-time-code");
    assertThat(page.select("#code-hint").text()).contains("6-digit code");
    assertThat(page.select("form[action=/sign-in/code] input[name=_csrf]")).hasSize(1);
    assertThat(page.select("main").text()).contains("recovery codes");
    assertThat(page.select("header").text()).doesNotContain("Sign out");
  }

  @Test
  void anEmptyCodeIsShownInTheSummaryAndBesideTheField() throws Exception {
    Document page =
        IdentityPages.page(
            mvc,
            IdentityPages.form("/sign-in/code", "code", " ")
                .session(halfSignedIn(PendingSignIn.Step.CODE)));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly(
            "#code Enter the 6-digit code from your authenticator app, or a recovery code");
    assertThat(page.select("#code-error").text()).startsWith("Error: Enter the 6-digit code");
    assertThat(page.title()).startsWith("Error: ");
    verifyNoInteractions(signIn);
  }

  @Test
  void aWrongCodeIsSaidBesideTheFieldAndNobodyIsSignedIn() throws Exception {
    given(signIn.attemptCode(eq(KIM.id()), eq(KIM.email()), eq("000000"), any()))
        .willReturn(new SignIn.Outcome(SignIn.Result.REFUSED, null));
    MockHttpSession session = halfSignedIn(PendingSignIn.Step.CODE);

    Document page =
        IdentityPages.page(
            mvc, IdentityPages.form("/sign-in/code", "code", "000000").session(session));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly(
            "#code Enter the code your authenticator app shows now, or a recovery code you have"
                + " not used before");
    assertThat(contextOf(session)).isNull();
  }

  @Test
  void tooManyWrongCodesAre429LikeTooManyWrongPasswords() throws Exception {
    given(signIn.attemptCode(any(), any(), any(), any()))
        .willReturn(new SignIn.Outcome(SignIn.Result.THROTTLED, null));

    Document page =
        IdentityPages.page(
            mvc,
            IdentityPages.form("/sign-in/code", "code", "123456")
                .session(halfSignedIn(PendingSignIn.Step.CODE)),
            429);

    assertThat(page.select("h1").text()).isEqualTo("Too many attempts to sign in");
  }

  @Test
  void theRightCodeSignsInAndGoesHome() throws Exception {
    given(signIn.attemptCode(eq(KIM.id()), eq(KIM.email()), eq("123456"), any()))
        .willReturn(new SignIn.Outcome(SignIn.Result.SIGNED_IN, KIM));
    MockHttpSession session = halfSignedIn(PendingSignIn.Step.CODE);

    MvcResult result =
        mvc.perform(IdentityPages.form("/sign-in/code", "code", "123456").session(session))
            .andReturn();

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    MockHttpSession after = (MockHttpSession) result.getRequest().getSession();
    assertThat(contextOf(after).getAuthentication().getPrincipal()).isEqualTo(KIM);
    assertThat(after.getAttribute(PendingSignIn.ATTRIBUTE)).isNull();
  }

  @Test
  void someoneWhoMustUseItIsShownTheQrCodeWithATextAlternativeAndTheKeyAsText() throws Exception {
    given(enrolments.begin(KIM.id())).willReturn(Optional.of(SET_UP));

    Document page =
        IdentityPages.page(
            mvc,
            get("/sign-in/set-up-two-factor").session(halfSignedIn(PendingSignIn.Step.SET_UP)));

    assertThat(page.select("h1").text()).isEqualTo("Set up two-factor sign-in");
    assertThat(page.select(".govuk-inset-text").text())
        .startsWith("Your organisation requires everyone in your role");
    assertThat(page.select("img").attr("src")).isEqualTo(SET_UP.qrImage());
    assertThat(page.select("img").attr("alt")).contains("QR code", "type the key");
    assertThat(page.select("#key").text()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    assertThat(page.select("main form").attr("action")).isEqualTo("/sign-in/set-up-two-factor");
    assertThat(page.select("label[for=code]").text()).isEqualTo("6-digit code");
    assertThat(page.select("input#code").attr("inputmode")).isEqualTo("numeric");
  }

  @Test
  void aWrongFirstCodeKeepsTheSameKeyOnThePageWithTheError() throws Exception {
    given(enrolments.begin(KIM.id())).willReturn(Optional.of(SET_UP));
    given(enrolments.confirm(KIM.id(), "999999")).willReturn(Optional.empty());

    Document page =
        IdentityPages.page(
            mvc,
            IdentityPages.form("/sign-in/set-up-two-factor", "code", "999999")
                .session(halfSignedIn(PendingSignIn.Step.SET_UP)));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly(
            "#code Enter the 6-digit code your authenticator app shows now for Golden Thread");
    assertThat(page.select("input#code").val()).isEqualTo("999999");
    assertThat(page.select("#key").text()).startsWith("GEZD");
    verifyNoInteractions(signIn);
  }

  @Test
  void theRightFirstCodeShowsTheRecoveryCodesOnceAndTheirButtonSignsIn() throws Exception {
    List<String> codes =
        List.of(
            "aaaaa-bbbbb",
            "ccccc-ddddd",
            "eeeee-fffff",
            "ggggg-hhhhh",
            "jjjjj-kkkkk",
            "mmmmm-nnnnn",
            "ppppp-qqqqq",
            "rrrrr-sssss",
            "ttttt-uuuuu",
            "vvvvv-wwwww");
    given(enrolments.confirm(KIM.id(), "123456")).willReturn(Optional.of(codes));
    given(signIn.setUpFinished(eq(KIM.id()), any()))
        .willReturn(new SignIn.Outcome(SignIn.Result.SIGNED_IN, KIM));
    MockHttpSession session = halfSignedIn(PendingSignIn.Step.SET_UP);
    assertThat(
            mvc.perform(IdentityPages.form("/sign-in/set-up-two-factor/done").session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .as("not before the code")
        .isEqualTo("/sign-in");

    Document page =
        IdentityPages.page(
            mvc,
            IdentityPages.form("/sign-in/set-up-two-factor", "code", "123456").session(session));

    assertThat(page.select("h1").text()).isEqualTo("Two-factor sign-in is on");
    assertThat(page.select("#recovery-codes li")).extracting(li -> li.text()).isEqualTo(codes);
    assertThat(page.select(".govuk-warning-text").text())
        .contains("will not be shown these codes again");
    assertThat(page.select("main form").attr("action"))
        .isEqualTo("/sign-in/set-up-two-factor/done");
    assertThat(page.select("main form button").text()).isEqualTo("I have saved my recovery codes");
    assertThat(contextOf(session)).as("not signed in yet").isNull();

    MvcResult done =
        mvc.perform(IdentityPages.form("/sign-in/set-up-two-factor/done").session(session))
            .andReturn();

    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
    MockHttpSession after = (MockHttpSession) done.getRequest().getSession();
    assertThat(contextOf(after).getAuthentication().getPrincipal()).isEqualTo(KIM);
    assertThat(after.getAttribute(PendingSignIn.ATTRIBUTE)).isNull();
  }

  private static SecurityContext contextOf(MockHttpSession session) {
    return (SecurityContext)
        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
  }
}
