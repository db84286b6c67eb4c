package org.goldenthread;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How many requests a node works on at once, unless {@code server.tomcat.threads.max} is set: four
 * for each processor. A page is work for the processors and the ten database connections; on a
 * small node more threads only take turns (two processors, measured side by side, answered about a
 * third more pages with 8 threads than with 48, and sooner), each with its own stack and garbage.
 * Requests beyond them wait on their connection until a thread is free.
 */
public class RequestThreads implements EnvironmentPostProcessor {

  static final int PER_PROCESSOR = 4;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    int threads = PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "goldenthread.request-threads",
                Map.of(
                    "server.tomcat.threads.max",
                    threads,
                    "server.tomcat.threads.min-spare",
                    Math.min(10, threads))));
  }
}
