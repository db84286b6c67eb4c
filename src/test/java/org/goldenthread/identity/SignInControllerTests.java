package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The sign-in page's GOV.UK markup: labels, the error summary and messages beside fields. */
@WebMvcTest(SignInController.class)
@Import({SecurityConfiguration.class, SignedInSessions.class, LanguageChoice.class})
class SignInControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean SignIn signIn;
  @MockitoBean ApiTokens apiTokens;
  @MockitoBean ApiProblemWriter problems;
  @MockitoBean Accounts accounts;

  @Test
  void theFormLabelsEveryFieldAndNeedsNoJavaScript() throws Exception {
    Document page = render(mvc.perform(get("/sign-in")).andReturn());
    assertThat(page.select("label[for=email]").text()).isEqualTo("Email address");
    assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
    assertThat(page.select("input#email").attr("type")).isEqualTo("email");
    assertThat(page.select("input#email").attr("autocomplete")).isEqualTo("email");
    assertThat(page.select("input#password").attr("type")).isEqualTo("password");
    assertThat(page.select("input#password").attr("autocomplete")).isEqualTo("current-password");
    assertThat(page.select("form input[name=_csrf]")).hasSize(1);
    assertThat(page.select("h1").text()).isEqualTo("Sign in to Golden Thread");
    assertThat(page.select(".govuk-error-summary")).isEmpty();
    assertThat(page.title()).isEqualTo("Sign in to Golden Thread – Golden Thread");
  }

  @Test
  void missingDetailsAreListedInTheSummaryAndBesideEachField() throws Exception {
    Document page =
        render(
            mvc.perform(post("/sign-in").with(csrf()).param("email", " ").param("password", ""))
                .andReturn());
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#email Enter your email address", "#password Enter your password");
    assertThat(page.select("#email-error").text()).isEqualTo("Error: Enter your email address");
    assertThat(page.select("#email").attr("aria-describedby")).contains("email-error");
    assertThat(page.select(".govuk-form-group--error")).hasSize(2);
    assertThat(page.title()).startsWith("Error: ");
    verifyNoInteractions(signIn);
  }

  @Test
  void wrongDetailsGiveOneMessageLinkedToTheEmailFieldAndKeepTheEmail() throws Exception {
    when(signIn.attempt(eq("sam@example.org"), eq("nope-nope-nope"), any(), any(), any()))
        .thenReturn(new SignIn.Outcome(SignIn.Result.REFUSED, null));
    MvcResult result =
        mvc.perform(
                post("/sign-in")
                    .with(csrf())
                    .param("email", "sam@example.org")
                    .param("password", "nope-nope-nope"))
            .andReturn();
    Document page = render(result);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.select(".govuk-error-summary a[href=#email]").text())
        .isEqualTo("Enter a correct email address and password");
    assertThat(page.select("input#email").val()).isEqualTo("sam@example.org");
    assertThat(page.select("input#password").val()).isEmpty();
  }

  @Test
  void tooManyAttemptsAnswer429WithAPlainExplanation() throws Exception {
    when(signIn.attempt(any(), any(), any(), any(), any()))
        .thenReturn(new SignIn.Outcome(SignIn.Result.THROTTLED, null));
    MvcResult result =
        mvc.perform(
                post("/sign-in")
                    .with(csrf())
                    .param("email", "sam@example.org")
                    .param("password", "whatever-it-is"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(429);
    assertThat(render(result).select("h1").text()).isEqualTo("Too many attempts to sign in");
  }

  @Test
  void signingInStartsASessionAndGoesHome() throws Exception {
    CurrentUser user =
        new CurrentUser(
            UUID.randomUUID(),
            "sam@example.org",
            "Sam Patel",
            "",
            true,
            List.of(new CurrentUser.RoleGrant(Role.PARENT, null)));
    when(signIn.attempt(any(), any(), any(), any(), any()))
        .thenReturn(new SignIn.Outcome(SignIn.Result.SIGNED_IN, user));
    MvcResult result =
        mvc.perform(
                post("/sign-in")
                    .with(csrf())
                    .param("email", "sam@example.org")
                    .param("password", "the-right-one-1"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    assertThat(result.getRequest().getSession(false)).isNotNull();
  }

  @Test
  void aPostWithoutCsrfTokenIsRefused() throws Exception {
    assertThat(
            mvc.perform(post("/sign-in").param("email", "a@b.c").param("password", "x"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    verifyNoInteractions(signIn);
  }

  private static Document render(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
