package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.identity.IdentityPages.KIM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signing in to the API (api.md "Signing in"), behind the application's own API security. */
@WebMvcTest(AuthApiController.class)
@IdentityPages.Security
class AuthApiControllerTests {

  private static final String TOKEN = "kims-token-from-this-morning";

  @Autowired MockMvc mvc;
  @MockitoBean SignIn signIn;
  @Autowired ApiTokens tokens;

  private static MockHttpServletRequestBuilder askForToken(String json) {
    return post("/api/v1/auth/tokens")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private void signInAnswers(SignIn.Result result, CurrentUser user) {
    given(signIn.attempt(anyString(), anyString(), any(), any(), eq(SignedIn.Channel.API)))
        .willReturn(new SignIn.Outcome(result, user));
  }

  private static ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
    };
  }

  @Test
  void theRightDetailsAreAnsweredWithATokenAndWhenItExpires() throws Exception {
    signInAnswers(SignIn.Result.SIGNED_IN, KIM);
    given(tokens.issue(KIM))
        .willReturn(new ApiTokens.IssuedToken(TOKEN, Instant.parse("2026-11-23T21:30:00Z")));

    mvc.perform(askForToken("{\"email\":\"kim.parent@example.org\",\"password\":\"right-one-1\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.token").value(TOKEN))
        .andExpect(jsonPath("$.expiresAt").value("2026-11-23T21:30:00Z"));

    verify(signIn)
        .attempt(
            eq("kim.parent@example.org"),
            eq("right-one-1"),
            isNull(),
            any(),
            eq(SignedIn.Channel.API));
  }

  @Test
  void wrongDetailsAre401WithNoHintWhichPartWasWrong() throws Exception {
    signInAnswers(SignIn.Result.REFUSED, null);

    String unknownAccount =
        mvc.perform(askForToken("{\"email\":\"nobody@example.org\",\"password\":\"guess-1\"}"))
            .andExpect(problem(401))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String wrongPassword =
        mvc.perform(askForToken("{\"email\":\"kim.parent@example.org\",\"password\":\"guess-1\"}"))
            .andExpect(problem(401))
            .andExpect(
                jsonPath("$.detail")
                    .value("The email address, password or two-factor code is not right."))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(wrongPassword).isEqualTo(unknownAccount);
    verifyNoInteractions(tokens);
  }

  @Test
  void theCodeIsPassedOnWithThePasswordForTwoFactorSignIn() throws Exception {
    signInAnswers(SignIn.Result.SIGNED_IN, KIM);
    given(tokens.issue(KIM))
        .willReturn(new ApiTokens.IssuedToken(TOKEN, Instant.parse("2026-11-23T21:30:00Z")));

    mvc.perform(
            askForToken(
                "{\"email\":\"kim.parent@example.org\",\"password\":\"right-one-1\","
                    + "\"otp\":\"123456\"}"))
        .andExpect(status().isCreated());

    verify(signIn)
        .attempt(
            eq("kim.parent@example.org"),
            eq("right-one-1"),
            eq("123456"),
            any(),
            eq(SignedIn.Channel.API));
  }

  @Test
  void anAccountThatMustSetUpTwoFactorSignInFirstIs403SayingWhereToDoIt() throws Exception {
    signInAnswers(SignIn.Result.SET_UP_NEEDED, KIM);

    mvc.perform(askForToken("{\"email\":\"kim.parent@example.org\",\"password\":\"right-one-1\"}"))
        .andExpect(problem(403))
        .andExpect(
            jsonPath("$.detail").value(containsString("Sign in on the website to set it up")));

    verifyNoInteractions(tokens);
  }

  @Test
  void repeatedFailuresAre429WithWhenToTryAgain() throws Exception {
    signInAnswers(SignIn.Result.THROTTLED, null);

    mvc.perform(askForToken("{\"email\":\"kim.parent@example.org\",\"password\":\"guess-9\"}"))
        .andExpect(problem(429))
        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "900"));

    verifyNoInteractions(tokens);
  }

  @Test
  void aBodyWithoutEmailOrPasswordIs400NamingBoth() throws Exception {
    mvc.perform(askForToken("{\"email\":\" \"}"))
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[*].field").value(contains("email", "password")))
        .andExpect(jsonPath("$.errors[0].message").value("Enter your email address."));

    verifyNoInteractions(signIn, tokens);
  }

  @Test
  void aFieldOfTheWrongShapeIs400NamingIt() throws Exception {
    mvc.perform(askForToken("{\"email\":{\"address\":\"kim\"},\"password\":\"right-one-1\"}"))
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[*].field").value(contains("email")));

    verifyNoInteractions(signIn, tokens);
  }

  @Test
  void meAnswersTheCallerOfTheBearerToken() throws Exception {
    given(tokens.authenticate(TOKEN)).willReturn(Optional.of(KIM));

    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(KIM.id().toString()))
        .andExpect(jsonPath("$.email").value("kim.parent@example.org"))
        .andExpect(jsonPath("$.name").value("Kim Parent"))
        .andExpect(jsonPath("$.roles").value(contains("PARENT")));
  }

  @Test
  void anUnknownOrMissingTokenIs401() throws Exception {
    given(tokens.authenticate("revoked-or-made-up")).willReturn(Optional.empty());

    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer revoked-or-made-up"))
        .andExpect(problem(401))
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    mvc.perform(get("/api/v1/me")).andExpect(problem(401));
    mvc.perform(delete("/api/v1/auth/tokens/current")).andExpect(problem(401));

    verify(tokens, never()).revoke(any());
  }

  @Test
  void deletingTheCurrentTokenRevokesTheOneInUse() throws Exception {
    given(tokens.authenticate(TOKEN)).willReturn(Optional.of(KIM));

    mvc.perform(
            delete("/api/v1/auth/tokens/current")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
        .andExpect(status().isNoContent());

    verify(tokens).revoke(TOKEN);
  }
}
