package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Writing the one-page profile, a conflict, and its earlier versions. */
@IntegrationTest
@Import(TestChildren.class)
class ProfilePagesTests {

  @LocalServerPort int port;
  @Autowired TestChildren fixtures;
  @Autowired Profiles profiles;
  PageSession senco;
  ChildSummary child;

  @BeforeEach
  void signIn() {
    senco = new PageSession(port);
    senco.signIn(TestChildren.SENCO, TestChildren.PASSWORD);
    child = fixtures.create("Maya", TestChildren.unique("Patel"));
  }

  private String section() {
    return "/children/" + child.id() + "/profile/how-i-communicate";
  }

  @Test
  void theSencoWritesASectionAndTheChildsPageShowsWhoWroteIt() {
    Page childPage = senco.get("/children/" + child.id());
    assertThat(childPage.document().select("#profile-how-i-communicate").text())
        .contains("Not written yet.");
    assertThat(
            childPage.document().select("#profile-how-i-communicate a[href$=/how-i-communicate]"))
        .hasSize(1);

    Page form = senco.get(section());
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("h1 label[for=text]").text()).isEqualTo("How I communicate");
    assertThat(form.document().select("input[name=version]").val()).isEqualTo("0");

    Page empty = senco.submit(form, "main form", Map.of("text", "  "));
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.document().select(".govuk-error-summary a[href=#text]").text())
        .isEqualTo("Write something in this section");

    Page saved =
        senco.submit(
            empty, "main form", Map.of("text", "I use Makaton signs.\nGive me time to answer."));
    assertThat(saved.status()).isEqualTo(302);
    Page shown = senco.get(saved.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("“How I communicate” has been saved");
    assertThat(shown.document().select("#profile-how-i-communicate p").eachText())
        .contains("I use Makaton signs.", "Give me time to answer.");
    assertThat(shown.document().select("#profile-how-i-communicate").text())
        .contains("Written by Helen Carter on");
  }

  @Test
  void aStaleWriteIsAConflictAndEarlierVersionsAreKept() {
    Page form = senco.get(section());
    profiles.write(
        fixtures.as(TestChildren.SENCO, child.id()),
        ProfileSectionKind.HOW_I_COMMUNICATE,
        "Written by someone else first.",
        0);

    Page conflict = senco.submit(form, "main form", Map.of("text", "My words."));
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this section since you opened it");
    assertThat(conflict.document().select("#your-changes").text()).contains("My words.");
    assertThat(conflict.document().select("#text").text())
        .isEqualTo("Written by someone else first.");

    Page saved = senco.submit(conflict, "main form", Map.of("text", "My words."));
    assertThat(saved.status()).isEqualTo(302);

    Page history = senco.get(section() + "/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.document().select("main .govuk-summary-card p").eachText())
        .containsExactly("My words.", "Written by someone else first.");
    assertThat(history.document().select("main .govuk-summary-card__title").first().text())
        .startsWith("Now: written by Helen Carter");
  }

  @Test
  void aTeacherReadsTheProfileButMayNotWriteIt() {
    PageSession teacher = new PageSession(port);
    teacher.signIn(TestChildren.TEACHER, TestChildren.PASSWORD);
    Page childPage = teacher.get("/children/" + child.id());
    assertThat(childPage.document().select("#profile a[href$=/how-i-communicate]")).isEmpty();
    assertThat(teacher.get(section()).status()).isEqualTo(403);
    assertThat(senco.get("/children/" + child.id() + "/profile/no-such-section").status())
        .isEqualTo(404);
  }
}
