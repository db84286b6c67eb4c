package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Following an invitation link: a newcomer sets a password, an existing user confirms theirs. */
@WebMvcTest(InvitationAcceptanceController.class)
@IdentityPages.Security
class InvitationAcceptanceControllerTests {

  private static final String TOKEN = "an-invitation-token-from-the-email";
  private static final String LINK = "/invitations/" + TOKEN;

  @Autowired MockMvc mvc;
  @MockitoBean InvitationService invitations;

  /** An open invitation for Pat Teacher to be a teacher; whether the email has an account. */
  private void open(boolean existingAccount) {
    InvitationSummary invitation =
        new InvitationSummary(
            UUID.randomUUID(),
            "pat.teacher@riverside.example",
            "Pat Teacher",
            Role.TEACHER,
            UUID.randomUUID(),
            Instant.parse("2026-11-20T09:00:00Z"),
            Instant.parse("2026-11-27T09:00:00Z"),
            null);
    given(invitations.open(TOKEN))
        .willReturn(Optional.of(new InvitationService.OpenInvitation(invitation, existingAccount)));
  }

  /** The newcomer's form, as typed. */
  private static MockHttpServletRequestBuilder newcomer(
      String name, String password, String again) {
    return IdentityPages.form(LINK, "name", name, "password", password, "confirmPassword", again);
  }

  @Test
  void aNewcomerIsAskedForANameAndAPasswordTwice() throws Exception {
    open(false);

    Document page = IdentityPages.page(mvc, get(LINK));

    assertThat(page.select("h1").text()).isEqualTo("Set up your account");
    assertThat(page.select("main p").first().text())
        .isEqualTo("Pat Teacher, you have been invited to Golden Thread as teacher.");
    assertThat(page.select("main form").attr("action")).isEqualTo(LINK);
    assertThat(page.select("label[for=name]").text()).isEqualTo("Your full name");
    assertThat(page.select("input#name").val()).isEqualTo("Pat Teacher");
    assertThat(page.select("#name-hint").text())
        .isEqualTo("This is the name other people on the team will see.");
    assertThat(page.select("label[for=password]").text()).isEqualTo("Create a password");
    assertThat(page.select("#password-hint").text()).startsWith("Use at least 10 characters");
    assertThat(page.select("input#password").attr("autocomplete")).isEqualTo("new-password");
    assertThat(page.select("label[for=confirmPassword]").text())
        .isEqualTo("Type the password again");
  }

  @Test
  void someoneWithAnAccountOnlyConfirmsTheirPassword() throws Exception {
    open(true);

    Document page = IdentityPages.page(mvc, get(LINK));

    assertThat(page.select("main p").eachText())
        .contains(
            "You already have an account with pat.teacher@riverside.example. Enter your password"
                + " to add this role to it.");
    assertThat(page.select("label[for=password]").text()).isEqualTo("Your current password");
    assertThat(page.select("input#password").attr("autocomplete")).isEqualTo("current-password");
    assertThat(page.select("input#name, input#confirmPassword")).isEmpty();
    assertThat(page.select("main button").text()).isEqualTo("Accept invitation");
  }

  @Test
  void anExpiredUsedOrMadeUpLinkIsRefusedAlikeAndNothingIsAccepted() throws Exception {
    given(invitations.open(any())).willReturn(Optional.empty());

    Document shown = IdentityPages.page(mvc, get("/invitations/made-up"), 404);
    Document posted =
        IdentityPages.page(
            mvc,
            IdentityPages.form(
                "/invitations/made-up",
                "name",
                "Mallory",
                "password",
                "amber-kettle-rowan-7",
                "confirmPassword",
                "amber-kettle-rowan-7"),
            404);

    assertThat(shown.select("h1").text()).isEqualTo("This link no longer works");
    assertThat(posted.select("main").text()).isEqualTo(shown.select("main").text());
    assertThat(shown.select("form input")).isEmpty();
    verify(invitations, never()).accept(any(), any(), any());
  }

  @Test
  void aMissingNameAndPasswordsThatDoNotMatchAreListedAndTheNameTypedKept() throws Exception {
    open(false);

    Document page =
        IdentityPages.page(mvc, newcomer(" ", "amber-kettle-rowan-7", "amber-kettle-rowan-8"));

    assertThat(page.title()).startsWith("Error: ");
    assertThat(IdentityPages.errorLinks(page))
        .containsExactly(
            "#name Enter a full name",
            "#confirmPassword The passwords do not match. Type the same password twice");
    assertThat(page.select("#confirmPassword-error").text())
        .isEqualTo("Error: The passwords do not match. Type the same password twice");
    assertThat(page.select("input[type=password]").eachAttr("value")).containsOnly("");
    verify(invitations, never()).accept(any(), any(), any());
  }

  @Test
  void aPasswordThePolicyRefusesIsShownBesideItWithTheNameKept() throws Exception {
    open(false);
    given(invitations.accept(TOKEN, "Pat Teacher-Smith", "password12"))
        .willReturn(
            Optional.of(new Accounts.FieldProblem("password", "identity.password.error.common")));

    Document page =
        IdentityPages.page(mvc, newcomer("Pat Teacher-Smith", "password12", "password12"));

    assertThat(page.select(".govuk-error-summary a[href=#password]").text())
        .isEqualTo("This password is too common and easy to guess. Choose a different one");
    assertThat(page.select("input#name").val()).isEqualTo("Pat Teacher-Smith");
  }

  @Test
  void acceptingSendsWhatWasTypedAndGoesToSignIn() throws Exception {
    open(false);
    given(invitations.accept(TOKEN, "Pat Teacher", "amber-kettle-rowan-7"))
        .willReturn(Optional.empty());

    mvc.perform(newcomer("Pat Teacher", "amber-kettle-rowan-7", "amber-kettle-rowan-7"))
        .andExpect(redirectedUrl("/sign-in?invitationAccepted"));

    verify(invitations).accept(TOKEN, "Pat Teacher", "amber-kettle-rowan-7");
  }

  @Test
  void anInvitationSentByTheAccountItWouldGrantIsRefused() throws Exception {
    open(true);
    given(invitations.accept(TOKEN, null, "my-password-now"))
        .willThrow(new InvitationRefused("email", "identity.invitation.error.self"));

    Document page =
        IdentityPages.page(mvc, IdentityPages.form(LINK, "password", "my-password-now"), 403);

    assertThat(page.select(".govuk-error-summary li").text())
        .isEqualTo(
            "You cannot invite your own email address. Enter the email address of the person you"
                + " are inviting");
  }
}
