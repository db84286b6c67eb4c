package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Forgotten password: asking for a link, following it, and choosing a new password. */
@WebMvcTest(PasswordResetController.class)
@IdentityPages.Security
class PasswordResetControllerTests {

  private static final String TOKEN = "a-reset-token-from-the-email";
  private static final UUID LINK = UUID.randomUUID();

  @Autowired MockMvc mvc;
  @MockitoBean PasswordResets resets;

  /** Follows the emailed link; answers the session that now holds it. */
  private MockHttpSession followedTheLink() throws Exception {
    given(resets.open(TOKEN)).willReturn(Optional.of(LINK));
    given(resets.isOpen(LINK)).willReturn(true);
    MvcResult result =
        mvc.perform(get("/reset-password").param("token", TOKEN))
            .andExpect(redirectedUrl("/reset-password"))
            .andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  /** The new password typed twice, posted with the CSRF token. */
  private static MockHttpServletRequestBuilder newPassword(String password, String again) {
    return IdentityPages.form("/reset-password", "password", password, "confirmPassword", again);
  }

  @Test
  void asksForTheEmailAddressWithALabelAndSaysWhenItIsMissing() throws Exception {
    Document page = IdentityPages.page(mvc, get("/forgotten-password"));
    Document missing =
        IdentityPages.page(mvc, IdentityPages.form("/forgotten-password", "email", ""));

    assertThat(page.select("h1").text()).isEqualTo("Forgotten your password?");
    assertThat(page.select("label[for=email]").text()).isEqualTo("Email address");
    assertThat(page.select("input#email").attr("type")).isEqualTo("email");
    assertThat(page.select("main form").attr("action")).isEqualTo("/forgotten-password");
    assertThat(page.select(".govuk-error-summary")).isEmpty();
    assertThat(IdentityPages.errorLinks(missing))
        .containsExactly("#email Enter your email address");
    assertThat(missing.select("#email-error").text()).isEqualTo("Error: Enter your email address");
    verifyNoInteractions(resets);
  }

  @Test
  void askingForALinkGivesTheSameAnswerWhetherOrNotTheAccountExists() throws Exception {
    Document page =
        IdentityPages.page(
            mvc, IdentityPages.form("/forgotten-password", "email", "kim.parent@example.org"));

    verify(resets).request("kim.parent@example.org");
    assertThat(page.select("h1").text()).isEqualTo("Check your email");
    assertThat(page.select("main p").first().text())
        .isEqualTo(
            "If kim.parent@example.org belongs to an account, we have sent a link to set a new"
                + " password. The link works once, for 1 hour.");
  }

  @Test
  void followingTheLinkTakesTheTokenOutOfTheAddressAndAsksForTheNewPasswordTwice()
      throws Exception {
    MockHttpSession session = followedTheLink();

    Document page = IdentityPages.page(mvc, get("/reset-password").session(session));

    assertThat(page.select("h1").text()).isEqualTo("Choose a new password");
    assertThat(page.select("main form").attr("action")).isEqualTo("/reset-password");
    assertThat(page.select("label[for=password]").text()).isEqualTo("New password");
    assertThat(page.select("#password-hint").text()).startsWith("Use at least 10 characters");
    assertThat(page.select("label[for=confirmPassword]").text())
        .isEqualTo("Type the new password again");
    assertThat(page.html()).doesNotContain(TOKEN);
  }

  @Test
  void followingTheLinkGivesTheBrowserANewSessionIdSoThatAPlantedOneCannotUseIt() throws Exception {
    given(resets.open(TOKEN)).willReturn(Optional.of(LINK));
    MockHttpSession planted = new MockHttpSession(null, "planted-by-someone-else");

    mvc.perform(get("/reset-password").param("token", TOKEN).session(planted))
        .andExpect(redirectedUrl("/reset-password"));

    assertThat(planted.getAttribute(PasswordResetController.LINK)).isEqualTo(LINK);
    assertThat(planted.getId()).isNotEqualTo("planted-by-someone-else");
  }

  @Test
  void anExpiredUsedOrMadeUpLinkIsRefusedWithoutOpeningTheForm() throws Exception {
    given(resets.open(any())).willReturn(Optional.empty());

    MvcResult followed = mvc.perform(get("/reset-password").param("token", "made-up")).andReturn();
    Document page = IdentityPages.page(mvc, get("/reset-password"), 404);

    assertThat(followed.getResponse().getStatus()).isEqualTo(404);
    assertThat(followed.getRequest().getSession(false)).isNull();
    assertThat(page.select("h1").text()).isEqualTo("This link no longer works");
    IdentityPages.page(mvc, newPassword("amber-kettle-rowan-7", "amber-kettle-rowan-7"), 404);
    verify(resets, never()).reset(any(), any());
  }

  @Test
  void passwordsThatDoNotMatchOrThePolicyRefusesAreShownBesideTheirFields() throws Exception {
    MockHttpSession session = followedTheLink();
    given(resets.reset(LINK, "password12"))
        .willReturn(Optional.of("identity.password.error.common"));

    Document mismatch =
        IdentityPages.page(
            mvc, newPassword("amber-kettle-rowan-7", "amber-kettle-rowan-8").session(session));
    Document common =
        IdentityPages.page(mvc, newPassword("password12", "password12").session(session));

    assertThat(IdentityPages.errorLinks(mismatch))
        .containsExactly(
            "#confirmPassword The passwords do not match. Type the same password twice");
    assertThat(IdentityPages.errorLinks(common))
        .containsExactly(
            "#password This password is too common and easy to guess. Choose a different one");
    assertThat(common.select("#password-error").text()).startsWith("Error: This password");
    assertThat(common.select("input[type=password]").eachAttr("value")).containsOnly("");
  }

  @Test
  void aNewPasswordIsSetThroughTheLinkFollowedAndTheLinkForgotten() throws Exception {
    MockHttpSession session = followedTheLink();
    given(resets.reset(LINK, "amber-kettle-rowan-7")).willReturn(Optional.empty());

    mvc.perform(newPassword("amber-kettle-rowan-7", "amber-kettle-rowan-7").session(session))
        .andExpect(redirectedUrl("/sign-in?passwordChanged"));

    verify(resets).reset(LINK, "amber-kettle-rowan-7");
    assertThat(session.getAttribute(PasswordResetController.LINK)).isNull();
  }

  @Test
  void aLinkUsedAMomentAgoInAnotherTabIsAConflict() throws Exception {
    MockHttpSession session = followedTheLink();
    given(resets.reset(LINK, "amber-kettle-rowan-7"))
        .willThrow(new PasswordResets.LinkNoLongerOpen());

    Document page =
        IdentityPages.page(
            mvc, newPassword("amber-kettle-rowan-7", "amber-kettle-rowan-7").session(session), 409);

    assertThat(page.select("h1").text()).isEqualTo("This link no longer works");
    assertThat(session.getAttribute(PasswordResetController.LINK)).isNull();
  }
}
