package org.goldenthread.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data, and whether it is durable (the app) or throw-away
 * (the test suite, which wipes it at the start of each run), and how many connections it takes (the
 * test suite holds many application contexts, each with its pool, open at once).
 */
@ConfigurationProperties("goldenthread.database.embedded")
public record EmbeddedDatabaseProperties(
    Path directory, boolean durable, boolean clean, Integer maxConnections) {

  public EmbeddedDatabaseProperties {
    if (directory == null) {
      directory = Path.of("data", "postgres");
    }
    if (maxConnections == null) {
      maxConnections = 100;
    }
  }
}
