package org.goldenthread;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly what the production start-up is missing, without a stack trace. */
class MissingProductionSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingProductionSettings> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
    StringBuilder description =
        new StringBuilder("Golden Thread was started with the 'prod' profile but is missing:\n");
    cause.missing().forEach(item -> description.append("  - ").append(item).append('\n'));
    return new FailureAnalysis(
        description.toString(),
        "Set these environment variables and start again. The prod profile never uses the "
            + "embedded database, the outbox or the demo data.",
        cause);
  }
}
