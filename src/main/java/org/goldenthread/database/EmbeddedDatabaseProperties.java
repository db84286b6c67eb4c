package org.goldenthread.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data, and whether it is durable (the app) or throw-away
 * (the test suite, which wipes it at the start of each run).
 */
@ConfigurationProperties("goldenthread.database.embedded")
public record EmbeddedDatabaseProperties(Path directory, boolean durable, boolean clean) {

  public EmbeddedDatabaseProperties {
    if (directory == null) {
      directory = Path.of("data", "postgres");
    }
  }
}
