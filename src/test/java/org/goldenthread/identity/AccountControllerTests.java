package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.identity.IdentityPages.KIM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Optional;
import org.goldenthread.web.EditConflict;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Your account: your name, and changing your password after giving the current one. */
@WebMvcTest(AccountController.class)
@IdentityPages.Security
class AccountControllerTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @BeforeEach
  void kimsAccountAtVersion4() {
    given(accounts.findById(KIM.id())).willReturn(Optional.of(KIM));
    given(accounts.versionOf(KIM.id())).willReturn(4L);
  }

  /** Kim's password form, sent from the page read at version 4. */
  private static MockHttpServletRequestBuilder changePassword(
      String current, String chosen, String again) {
    return IdentityPages.form(
        KIM,
        "/account/password",
        "currentPassword",
        current,
        "newPassword",
        chosen,
        "confirmPassword",
        again,
        "version",
        "4");
  }

  @Test
  void labelsEveryFieldAndCarriesTheVersionRead() throws Exception {
    Document page = IdentityPages.page(mvc, get("/account").with(user(KIM)));

    assertThat(page.select("h1").text()).isEqualTo("Your account");
    assertThat(page.select(".govuk-summary-list__value").eachText())
        .containsExactly("kim.parent@example.org", "parent or carer");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Full name");
    assertThat(page.select("input#name").val()).isEqualTo("Kim Parent");
    assertThat(page.select("label[for=currentPassword]").text()).isEqualTo("Current password");
    assertThat(page.select("input#currentPassword").attr("autocomplete"))
        .isEqualTo("current-password");
    assertThat(page.select("label[for=newPassword]").text()).isEqualTo("New password");
    assertThat(page.select("#newPassword-hint").text()).startsWith("Use at least 10 characters");
    assertThat(page.select("input#newPassword").attr("aria-describedby"))
        .isEqualTo("newPassword-hint");
    assertThat(page.select("label[for=confirmPassword]").text())
        .isEqualTo("Type the new password again");
    assertThat(page.select("form input[type=hidden][name=version]").eachAttr("value"))
        .containsExactly("4", "4");
    assertThat(page.select(".govuk-error-summary")).isEmpty();
  }

  @Test
  void savesTheNameTypedFromTheVersionReadAndSaysSo() throws Exception {
    mvc.perform(
            IdentityPages.form(KIM, "/account/name", "name", "Kim Parent-Jones", "version", "4"))
        .andExpect(redirectedUrl("/account"))
        .andExpect(flash().attribute("success", "identity.account.nameChanged"));

    verify(accounts).rename(KIM.id(), "Kim Parent-Jones", 4);
  }

  @Test
  void aMissingNameIsShownInTheSummaryAndBesideTheField() throws Exception {
    Document page =
        IdentityPages.page(
            mvc, IdentityPages.form(KIM, "/account/name", "name", " ", "version", "4"));

    assertThat(page.title()).startsWith("Error: ");
    assertThat(IdentityPages.errorLinks(page)).containsExactly("#name Enter your full name");
    assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter your full name");
    assertThat(page.select("input#name").attr("aria-describedby")).contains("name-error");
    verify(accounts, never()).rename(any(), any(), anyLong());
  }

  @Test
  void aWrongCurrentPasswordIsShownBesideItAndNoPasswordIsEchoed() throws Exception {
    given(
            accounts.changePassword(
                eq(KIM.id()), eq(4L), eq("not-my-password"), eq("amber-kettle-rowan-7"), any()))
        .willReturn(
            Optional.of(
                new Accounts.FieldProblem(
                    "currentPassword", "identity.account.error.currentPasswordWrong")));

    Document page =
        IdentityPages.page(
            mvc, changePassword("not-my-password", "amber-kettle-rowan-7", "amber-kettle-rowan-7"));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly("#currentPassword Your current password is not right");
    assertThat(page.select("#currentPassword-error").text())
        .isEqualTo("Error: Your current password is not right");
    assertThat(page.select("input[type=password]").eachAttr("value")).containsOnly("");
    assertThat(page.select("input#name").val()).isEqualTo("Kim Parent");
  }

  @Test
  void passwordsThatDoNotMatchAreNotSent() throws Exception {
    Document page =
        IdentityPages.page(
            mvc, changePassword("my-password-now", "amber-kettle-rowan-7", "amber-kettle-rowan-8"));

    assertThat(IdentityPages.errorLinks(page))
        .containsExactly(
            "#confirmPassword The passwords do not match. Type the same password twice");
    verify(accounts, never()).changePassword(any(), anyLong(), any(), any(), any());
  }

  @Test
  void aChangedPasswordKeepsThisSessionAndSaysSo() throws Exception {
    MockHttpSession thisSession = new MockHttpSession(null, "kims-laptop");
    given(accounts.changePassword(any(), anyLong(), any(), any(), any()))
        .willReturn(Optional.empty());

    mvc.perform(
            changePassword("my-password-now", "amber-kettle-rowan-7", "amber-kettle-rowan-7")
                .session(thisSession))
        .andExpect(redirectedUrl("/account"))
        .andExpect(flash().attribute("success", "identity.account.passwordChanged"));

    verify(accounts)
        .changePassword(KIM.id(), 4, "my-password-now", "amber-kettle-rowan-7", "kims-laptop");
  }

  @Test
  void aChangeFromAStalePageIsAConflictWithNothingSaved() throws Exception {
    willThrow(new EditConflict()).given(accounts).rename(eq(KIM.id()), eq("Kim Second"), eq(3L));

    Document page =
        IdentityPages.page(
            mvc,
            IdentityPages.form(KIM, "/account/name", "name", "Kim Second", "version", "3"),
            409);

    assertThat(page.select(".govuk-notification-banner").text())
        .contains("changed somewhere else", "nothing was saved");
    assertThat(page.select("input#name").val()).isEqualTo("Kim Parent");
    assertThat(page.select("form input[type=hidden][name=version]").eachAttr("value"))
        .containsExactly("4", "4");
  }

  @Test
  void someoneNotSignedInIsSentToSignIn() throws Exception {
    mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
    mvc.perform(IdentityPages.form("/account/name", "name", "Mallory", "version", "4"))
        .andExpect(redirectedUrl("/sign-in"));

    verify(accounts, never()).rename(any(), any(), anyLong());
  }
}
