package org.goldenthread.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteCrawlTests {

  private static final String ORIGIN = "http://localhost:8080";

  @Test
  void visitsEveryKindOfPageFirstAndNoMoreThanThreeOfAKind() {
    SiteCrawl crawl = new SiteCrawl(ORIGIN, 100);
    for (int i = 1; i <= 5; i++) {
      crawl.found(ORIGIN + "/directory/services/" + i);
    }
    crawl.found(ORIGIN + "/glossary");
    crawl.found(ORIGIN + "/directory/services/1");

    assertThat(visited(crawl))
        .containsExactly(
            "/directory/services/1", "/glossary", "/directory/services/2", "/directory/services/3");
  }

  @Test
  void neverFollowsFilesSigningOutOrOtherSites() {
    SiteCrawl crawl = new SiteCrawl(ORIGIN, 100);
    crawl.found(ORIGIN + "/children/1/plan.pdf");
    crawl.found(ORIGIN + "/sign-out");
    crawl.found("http://elsewhere.example/children");
    crawl.found(ORIGIN + "/invitations/accept?token=abc");

    assertThat(visited(crawl)).isEmpty();
  }

  private static List<String> visited(SiteCrawl crawl) {
    List<String> pages = new ArrayList<>();
    for (Optional<String> next = crawl.next(); next.isPresent(); next = crawl.next()) {
      pages.add(next.get());
    }
    return pages;
  }
}
