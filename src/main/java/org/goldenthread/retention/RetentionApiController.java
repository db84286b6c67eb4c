package org.goldenthread.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention dry run through the API, for platform administrators only. */
@RestController
@Tag(name = "Retention")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RetentionApiController {

  private final RetentionRuns runs;
  private final Clock clock;

  RetentionApiController(RetentionRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @GetMapping("/api/v1/admin/retention")
  @Operation(
      operationId = "getRetentionDryRun",
      summary =
          "What the retention run would delete now, rule by rule (children's records by id, other"
              + " records as a count), and the latest runs with what they deleted; platform"
              + " administrators only (403 for anyone else)")
  DryRunOut dryRun() {
    Instant now = clock.instant();
    return new DryRunOut(
        now,
        runs.dryRun(now).stream().map(RuleOut::of).toList(),
        runs.history(RetentionPageController.RUNS_SHOWN).stream().map(RunOut::of).toList());
  }

  @Schema(name = "RetentionDryRun")
  record DryRunOut(Instant at, List<RuleOut> rules, List<RunOut> runs) {}

  /** A rule: how long it keeps, how many it would delete, and the children's ids for children. */
  @Schema(name = "RetentionRule")
  record RuleOut(
      String rule, String keptFor, Integer keptUntilAge, int count, List<String> childIds) {
    static RuleOut of(RuleReport report) {
      Rule.Keep keep = report.keep();
      return new RuleOut(
          report.rule(),
          keep.period() == null ? null : keep.period().toString(),
          keep.untilAge(),
          report.count(),
          report.listed() ? report.records() : null);
    }
  }

  @Schema(name = "RetentionRun")
  record RunOut(
      LocalDate day,
      Instant startedAt,
      Instant finishedAt,
      String trigger,
      Map<String, Integer> deleted) {
    static RunOut of(PastRun run) {
      return new RunOut(run.day(), run.startedAt(), run.finishedAt(), run.trigger(), run.deleted());
    }
  }
}
