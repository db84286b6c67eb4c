package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditLogTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void signInsAndRefusedSignInsAreRecordedWithTheAddress() {
    ApiClient api = new ApiClient(port);
    api.tokenFor("salt@salt.example");
    api.post(
        "/api/v1/auth/tokens",
        null,
        "{\"email\":\"audit.probe@example.org\",\"password\":\"wrong-password-1\"}");

    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select action, what, actor_name, address from audit_event order by id desc limit 50");
    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.get("action")).isEqualTo("SIGN_IN");
              assertThat(row.get("actor_name")).isEqualTo("Fiona Walsh");
              assertThat(row.get("address")).isNotNull();
            })
        .anySatisfy(
            row -> {
              assertThat(row.get("action")).isEqualTo("SIGN_IN_FAILED");
              assertThat((String) row.get("what")).contains("audit.probe@example.org");
            });
  }

  @Test
  void theLogCannotBeChangedOrEmptiedRowByRow() {
    new ApiClient(port).tokenFor("salt@salt.example");
    assertThatThrownBy(() -> jdbc.update("update audit_event set what = 'tampered'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
        .hasMessageContaining("append-only");
  }

  @Test
  void administratorsReadTheLogAndOthersCannot() {
    PageSession admin = new PageSession(port);
    PageSession.Page page = admin.signIn("admin@goldenthread.example", "thread-demo-2026");
    PageSession.Page log = admin.get("/admin/audit");
    assertThat(page.status()).isEqualTo(200);
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.document().select("table td").text()).contains("Signed in");

    PageSession parent = new PageSession(port);
    parent.signIn("parent@example.org", "thread-demo-2026");
    assertThat(parent.get("/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void aLongLogIsReadPageByPage() {
    ApiClient api = new ApiClient(port);
    for (int i = 0; i < 51; i++) {
      api.post(
          "/api/v1/auth/tokens",
          null,
          "{\"email\":\"paging." + i + "@example.org\",\"password\":\"wrong-password-1\"}");
    }
    PageSession admin = new PageSession(port);
    admin.signIn("admin@goldenthread.example", "thread-demo-2026");
    PageSession.Page first = admin.get("/admin/audit");
    org.jsoup.nodes.Element older = first.document().selectFirst("a[rel=next]");
    assertThat(older).isNotNull();
    assertThat(older.text()).isEqualTo("Older");
    PageSession.Page second = admin.get(older.attr("href"));
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.document().select("a[rel=prev]").text()).isEqualTo("Newer");
    assertThat(second.document().select("tbody tr")).isNotEmpty();
  }
}
