package org.goldenthread.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a child's record, as its audit trail tells it: a message key ({@code
 * audit.what.concern.raised}) and the arguments the message takes, so that each reader reads the
 * line in their own language. An argument is words a person wrote (a name, a title: shown as
 * written), a day (written the reader's way) or words of ours (a message key of their own).
 *
 * <pre>
 * {@code child.changed(Action.UPDATE, Happened.of("audit.what.family.changed", written(name)))}
 * </pre>
 */
public record Happened(String key, List<Argument> arguments) {

  public Happened {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  public static Happened of(String key, Argument... arguments) {
    return new Happened(key, List.of(arguments));
  }

  /** Words a person wrote (a name, a title, a reason): every language shows them as written. */
  public static Argument written(String text) {
    return new Written(text == null ? "" : text);
  }

  /** A day, written the reader's way ("8 December 2026", "8 grudnia 2026"). */
  public static Argument day(LocalDate day) {
    return new Day(Objects.requireNonNull(day, "day"));
  }

  /** Words of ours: the message key whose text, in the reader's language, is the argument. */
  public static Argument words(String key) {
    return new Words(Objects.requireNonNull(key, "key"));
  }

  /** One argument of the message. */
  public sealed interface Argument permits Written, Day, Words {}

  /** Words a person wrote, kept as written. */
  public record Written(String text) implements Argument {}

  /** A day, kept as a day and written when it is read. */
  public record Day(LocalDate day) implements Argument {}

  /** A message key, read in the reader's language. */
  public record Words(String key) implements Argument {}
}
