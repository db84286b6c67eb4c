package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.StatementCount;
import org.goldenthread.support.StatementCount.Counted;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The glossary in Welsh reads the database once a page: its A to Z and a search read the Welsh
 * words and take the English ones (a term's English names, and a term not translated yet) from
 * those held in memory; a term's page reads its Welsh words alone.
 */
@IntegrationTest
@Import(StatementCount.Counting.class)
class GlossaryStatementsTests {

  @LocalServerPort int port;

  @Test
  void eachWelshGlossaryPageReadsTheGlossaryOnce() {
    PageSession visitor = new PageSession(port);
    assertThat(visitor.get("/glossary?lang=cy").status()).isEqualTo(200);

    for (String path : List.of("/glossary", "/glossary?q=cynllun", "/glossary/ehc-plan")) {
      Counted<PageSession.Page> shown = StatementCount.of(() -> visitor.get(path));

      assertThat(shown.result().status()).as(path).isEqualTo(200);
      assertThat(shown.result().document().select("html").attr("lang")).as(path).isEqualTo("cy");
      assertThat(shown.sql().stream().filter(sql -> sql.contains("glossary_")))
          .as("%s reads the glossary once:%n%s", path, shown.listed())
          .hasSize(1);
    }
  }
}
