package org.goldenthread.identity;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Links in the mail the app keeps in its outbox (no SMTP server in these tests). */
final class OutboxLinks {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

  private OutboxLinks() {}

  /** The path of the link starting with {@code path} in the newest mail to the address. */
  static String newest(JdbcTemplate jdbc, String email, String path) {
    await().atMost(Duration.ofSeconds(20)).until(() -> !bodies(jdbc, email, path).isEmpty());
    Matcher matcher = LINK.matcher(bodies(jdbc, email, path).get(0));
    while (matcher.find()) {
      if (matcher.group(1).startsWith(path)) {
        return matcher.group(1);
      }
    }
    throw new IllegalStateException("No link to " + path + " in the mail to " + email);
  }

  /** How many mails went to the address. */
  static int count(JdbcTemplate jdbc, String email) {
    return jdbc.queryForObject(
        "select count(*) from outbox_message where lower(recipient) = lower(?)",
        Integer.class,
        email);
  }

  private static List<String> bodies(JdbcTemplate jdbc, String email, String path) {
    return jdbc.queryForList(
        "select body from outbox_message where recipient = ? and body like ?"
            + " order by created_at desc",
        String.class,
        email,
        "%" + path + "%");
  }
}
