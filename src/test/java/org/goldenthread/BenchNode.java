package org.goldenthread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code bench/run} runs the app, as every node must run it for its figures to hold: the JVM
 * options it gives every node ({@code NODE_OPTIONS}) and its malloc arenas.
 */
record BenchNode(List<String> jvmOptions, String mallocArenas) {

  private static final Pattern NODE_OPTIONS = Pattern.compile("(?m)^NODE_OPTIONS=\"([^\"]*)\"$");
  private static final Pattern ARENAS =
      Pattern.compile("(?m)^export MALLOC_ARENA_MAX=\\$\\{MALLOC_ARENA_MAX:-(\\d+)}$");

  static BenchNode read() throws IOException {
    String script = Files.readString(Path.of("bench/run"));
    return new BenchNode(List.of(found(NODE_OPTIONS, script).split(" ")), found(ARENAS, script));
  }

  private static String found(Pattern pattern, String script) {
    Matcher m = pattern.matcher(script);
    if (!m.find()) {
      throw new IllegalStateException("bench/run does not set " + pattern);
    }
    return m.group(1);
  }
}
