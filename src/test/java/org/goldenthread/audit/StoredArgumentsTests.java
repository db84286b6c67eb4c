package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Happened.Argument;
import org.junit.jupiter.api.Test;

/**
 * What happened keeps its arguments in a neutral form, each tagged with its kind, and reads back.
 */
class StoredArgumentsTests {

  @Test
  void eachKindIsKeptTaggedAndReadsBackAsItWas() {
    List<Argument> arguments =
        List.of(
            Happened.written("Notes: day:2026-01-01 from home"),
            Happened.day(LocalDate.of(2026, 12, 8)),
            Happened.words("audit.part.plan"));

    String[] stored = StoredArguments.stored(arguments);

    assertThat(stored)
        .containsExactly(
            "text:Notes: day:2026-01-01 from home", "day:2026-12-08", "words:audit.part.plan");
    assertThat(StoredArguments.read(stored)).isEqualTo(arguments);
  }

  @Test
  void aLineWithoutArgumentsReadsAsNone() {
    assertThat(StoredArguments.read(null)).isEmpty();
    assertThat(StoredArguments.read(new String[0])).isEmpty();
  }
}
