package org.goldenthread.audit;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Happened.Argument;

/**
 * The arguments of what happened, as the audit trail stores them: each in a neutral form, tagged
 * with its kind ({@code text:Maths}, {@code day:2026-12-08}, {@code words:audit.part.plan}).
 */
final class StoredArguments {

  private static final String TEXT = "text:";
  private static final String DAY = "day:";
  private static final String WORDS = "words:";

  private StoredArguments() {}

  static String[] stored(List<Argument> arguments) {
    return arguments.stream().map(StoredArguments::stored).toArray(String[]::new);
  }

  static List<Argument> read(String[] stored) {
    return stored == null
        ? List.of()
        : List.of(stored).stream().map(StoredArguments::read).toList();
  }

  private static String stored(Argument argument) {
    if (argument instanceof Happened.Day day) {
      return DAY + day.day();
    }
    if (argument instanceof Happened.Words words) {
      return WORDS + words.key();
    }
    return TEXT + ((Happened.Written) argument).text();
  }

  private static Argument read(String stored) {
    if (stored.startsWith(DAY)) {
      return Happened.day(LocalDate.parse(stored.substring(DAY.length())));
    }
    if (stored.startsWith(WORDS)) {
      return Happened.words(stored.substring(WORDS.length()));
    }
    return Happened.written(stored.substring(TEXT.length()));
  }
}
