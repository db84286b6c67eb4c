package org.goldenthread.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.web.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a page is written in: the signed-in person's own choice, then the choice made on
 * this device before signing in (a cookie), then the browser's languages ({@code Accept-Language}),
 * then English. Choosing one ({@code ?lang=cy} on any page, which the language switcher's links
 * use) keeps it on the device, and on the account of whoever is signed in, where their emails and
 * their other devices find it. A choice made on the sign-in page becomes the account's when they
 * sign in without one. The API answers in the language of its {@code Accept-Language}, else
 * English.
 */
@Component("localeResolver")
class LanguageChoice implements LocaleResolver {

  static final String COOKIE = "language";
  private static final String IN_SESSION = LanguageChoice.class.getName() + ".ACCOUNT";
  private static final String RESOLVED = LanguageChoice.class.getName() + ".RESOLVED";
  private static final Duration KEPT = Duration.ofDays(365);

  private final Accounts accounts;

  LanguageChoice(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(RESOLVED) instanceof Language resolved) {
      return resolved.locale();
    }
    Language language =
        isApi(request)
            ? browserChoice(request).orElse(Language.ENGLISH)
            : accountChoice(request)
                .or(() -> deviceChoice(request))
                .or(() -> browserChoice(request))
                .orElse(Language.ENGLISH);
    request.setAttribute(RESOLVED, language);
    return language.locale();
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Optional<Language> chosen =
        Optional.ofNullable(locale).flatMap(l -> Language.ofTag(l.toLanguageTag()));
    if (chosen.isEmpty()) {
      return;
    }
    Language language = chosen.get();
    request.setAttribute(RESOLVED, language);
    remember(language, request, response);
    signedInId()
        .ifPresent(
            userId -> {
              accounts.chooseLanguage(userId, language);
              HttpSession session = request.getSession(false);
              if (session != null) {
                session.setAttribute(IN_SESSION, language.tag());
              }
            });
  }

  /**
   * At the start of a signed-in session: the account's own choice holds from now on; an account
   * with none takes the one made on this device, if any.
   */
  void signedIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
    Optional<Language> own = accounts.languageOf(user.id());
    Language language;
    if (own.isPresent()) {
      language = own.get();
      remember(language, request, response);
    } else {
      Optional<Language> onDevice = deviceChoice(request);
      if (onDevice.isEmpty()) {
        return;
      }
      language = onDevice.get();
      accounts.chooseLanguage(user.id(), language);
    }
    request.getSession(true).setAttribute(IN_SESSION, language.tag());
    request.setAttribute(RESOLVED, language);
  }

  /** The API is read by programs, which say what they read by their Accept-Language alone. */
  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static Optional<Language> accountChoice(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(IN_SESSION) instanceof String tag
        ? Language.ofTag(tag)
        : Optional.empty();
  }

  private static Optional<Language> deviceChoice(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> COOKIE.equals(c.getName()))
            .findFirst()
            .flatMap(c -> Language.ofTag(c.getValue()));
  }

  private static Optional<Language> browserChoice(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Optional.empty();
    }
    return Collections.list(request.getLocales()).stream()
        .map(l -> Language.ofTag(l.getLanguage()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static void remember(
      Language language, HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(COOKIE, language.tag())
            .path("/")
            .maxAge(KEPT)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .build()
            .toString());
  }

  private static Optional<java.util.UUID> signedInId() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? Optional.of(user.id())
        : Optional.empty();
  }
}
