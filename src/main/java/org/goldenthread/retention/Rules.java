package org.goldenthread.retention;

import java.time.Clock;
import java.util.List;
import org.goldenthread.document.DocumentFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every retention rule, in the order the run applies them, from the settings. Children's records
 * come last: deleting one takes its audit trail and invitations with it, which the rules before it
 * would otherwise find gone, so that the real run would delete less than the dry run listed.
 */
@Component
class Rules {

  private final List<Rule> all;

  Rules(RetentionSettings settings, JdbcClient jdbc, DocumentFiles files, Clock clock) {
    var zone = clock.getZone();
    this.all =
        List.of(
            new TableRule(
                "audit-log",
                "audit_event",
                "id::text",
                "occurred_at < :cutoff",
                settings.audit(),
                zone,
                jdbc),
            new TableRule(
                "child-audit",
                "child_audit",
                "id::text",
                "occurred_at < :cutoff",
                settings.audit(),
                zone,
                jdbc),
            new TableRule(
                "outbox",
                "outbox_message",
                "id::text",
                "created_at < :cutoff",
                settings.outbox(),
                zone,
                jdbc),
            new TableRule(
                "import-jobs",
                "import_job",
                "id::text",
                "status <> 'RUNNING' and coalesce(finished_at, created_at) < :cutoff",
                settings.importJobs(),
                zone,
                jdbc),
            new TableRule(
                "api-tokens",
                "api_token",
                "id::text",
                "least(expires_at, revoked_at) < :cutoff",
                settings.signIn(),
                zone,
                jdbc),
            new TableRule(
                "password-resets",
                "password_reset",
                "id::text",
                "least(expires_at, used_at) < :cutoff",
                settings.signIn(),
                zone,
                jdbc),
            new TableRule(
                "invitations",
                "invitation",
                "id::text",
                "accepted_at is null and expires_at < :cutoff",
                settings.signIn(),
                zone,
                jdbc),
            new TableRule(
                "sign-in-counters",
                "sign_in_counter",
                "key",
                "window_started_at < :cutoff",
                settings.signIn(),
                zone,
                jdbc),
            new ChildRecords(settings.childAge(), zone, jdbc, files));
  }

  List<Rule> all() {
    return all;
  }
}
