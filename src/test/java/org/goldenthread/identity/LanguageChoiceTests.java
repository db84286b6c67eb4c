package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.web.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Every page in the reader's language: their own choice, kept on their account once they are signed
 * in; before that, the choice made on this device; else the browser's languages; else English. The
 * switcher in the header is this same page in each language, and {@code ?lang=} on any page
 * switches.
 */
@IntegrationTest
class LanguageChoiceTests {

  private static final String PASSWORD = "harbour-lantern-willow-7";

  @LocalServerPort int port;
  @Autowired MessageSource messages;
  @Autowired Accounts accounts;

  @Test
  void theBrowsersLanguagesChooseWhenNobodyHasChosen() throws Exception {
    Document polish = fetch("/sign-in", "de-DE, pl;q=0.9, en;q=0.8");
    assertThat(polish.selectFirst("html").attr("lang")).isEqualTo("pl");
    assertThat(polish.selectFirst("html").attr("dir")).isEqualTo("ltr");
    assertThat(polish.selectFirst("h1").text()).isEqualTo(text("identity.signIn.title", "pl"));

    Document none = fetch("/sign-in", "de-DE, fr;q=0.9");
    assertThat(none.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(none.selectFirst("h1").text()).isEqualTo("Sign in to Golden Thread");
  }

  @Test
  void urduIsWrittenRightToLeftWithTheMirroredStylesheet() {
    PageSession.Page page = new PageSession(port).get("/sign-in?lang=ur");
    assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo("ur");
    assertThat(page.document().selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(page.document().select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/css/application.rtl.css");
    assertThat(page.document().selectFirst("h1").text())
        .isEqualTo(text("identity.signIn.title", "ur"));
  }

  @Test
  void theSwitcherLinksToThisPageInEachLanguageNamedInItself() {
    Document page = new PageSession(port).get("/sign-in?lang=cy&next=a%20b").document();
    var switcher = page.selectFirst("header nav.app-language-switcher");
    assertThat(switcher.attr("aria-label")).isEqualTo(text("layout.language.label", "cy"));
    assertThat(switcher.select("[aria-current=true]").text()).isEqualTo("Cymraeg");
    assertThat(switcher.select("a").eachAttr("href"))
        .containsExactly(
            "/sign-in?next=a%20b&lang=en",
            "/sign-in?next=a%20b&lang=pl", "/sign-in?next=a%20b&lang=ur");
    assertThat(switcher.select("a").eachText()).containsExactly("English", "Polski", "اردو");
    assertThat(switcher.select("a").eachAttr("hreflang")).containsExactly("en", "pl", "ur");
    assertThat(switcher.select("li").eachAttr("lang")).containsExactly("en", "cy", "pl", "ur");
  }

  @Test
  void aChoiceIsRememberedOnTheDeviceOverTheBrowsersLanguages() {
    PageSession device = new PageSession(port);
    PageSession.Page chosen = device.get("/sign-in?lang=cy");
    assertThat(chosen.header("Set-Cookie")).contains("language=cy").contains("HttpOnly");
    assertThat(device.get("/accessibility").document().selectFirst("html").attr("lang"))
        .isEqualTo("cy");
    assertThat(device.get("/sign-in?lang=xx").document().selectFirst("html").attr("lang"))
        .as("a language we do not write in changes nothing")
        .isEqualTo("cy");
  }

  @Test
  void aChoiceMadeBeforeSigningInBecomesTheAccountsAndFollowsItToAnotherDevice() {
    String email = "language-" + UUID.randomUUID() + "@example.org";
    UUID id = accounts.createOrGrant(email, "Ola Nowak", PASSWORD, Role.PARENT, null).id();

    PageSession phone = new PageSession(port);
    phone.get("/sign-in?lang=pl");
    Document home = phone.signIn(email, PASSWORD).document();
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("pl");
    assertThat(accounts.languageOf(id)).contains(Language.POLISH);

    PageSession laptop = new PageSession(port);
    assertThat(laptop.get("/sign-in").document().selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(laptop.signIn(email, PASSWORD).document().selectFirst("html").attr("lang"))
        .as("the account's choice, on a device that never chose")
        .isEqualTo("pl");

    laptop.get("/?lang=ur");
    assertThat(accounts.languageOf(id)).contains(Language.URDU);
    assertThat(laptop.get("/account").document().selectFirst("html").attr("dir")).isEqualTo("rtl");
  }

  @Test
  void aHostileLanguageChangesNothingAndBreaksNothing() throws Exception {
    PageSession device = new PageSession(port);
    device.get("/sign-in?lang=pl");
    for (String hostile :
        List.of(
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%00", "cy%0D%0ASet-Cookie:%20x=1", "x".repeat(2_000))) {
      PageSession.Page page = device.get("/sign-in?lang=" + hostile);
      assertThat(page.status()).as(hostile).isIn(200, 400);
      assertThat(page.headers().getOrDefault("set-cookie", List.of()))
          .as(hostile)
          .noneMatch(cookie -> cookie.startsWith("x="));
    }
    assertThat(device.get("/sign-in").document().selectFirst("html").attr("lang"))
        .as("none of them is one of ours")
        .isEqualTo("pl");
    assertThat(device.get("/sign-in?lang=ur-PK-x-" + "a".repeat(300)).status()).isEqualTo(200);
    assertThat(device.get("/sign-in").document().selectFirst("html").attr("lang"))
        .as("Urdu with a long tail is Urdu")
        .isEqualTo("ur");
  }

  private Document fetch(String path, String acceptLanguage) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", acceptLanguage)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return Jsoup.parse(response.body());
  }

  private String text(String key, String tag) {
    return messages.getMessage(key, null, Locale.forLanguageTag(tag));
  }
}
