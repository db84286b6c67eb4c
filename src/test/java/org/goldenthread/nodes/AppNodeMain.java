package org.goldenthread.nodes;

import org.goldenthread.GoldenThreadApplication;
import org.springframework.boot.SpringApplication;

/**
 * One app node for {@link TwoNodesTests}, in a JVM of its own so that the test can kill it: the
 * application itself, with the arguments given. It halts when its standard input closes, so that it
 * cannot outlive a test JVM that died before stopping it.
 */
final class AppNodeMain {

  private AppNodeMain() {}

  public static void main(String[] args) {
    Thread watch =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // Blocks until the test JVM has gone.
                }
              } catch (java.io.IOException e) {
                // The same: the test JVM has gone.
              }
              Runtime.getRuntime().halt(1);
            },
            "parent-watch");
    watch.setDaemon(true);
    watch.start();
    SpringApplication.run(GoldenThreadApplication.class, args);
  }
}
