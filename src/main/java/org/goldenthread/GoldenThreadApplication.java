package org.goldenthread;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Golden Thread: one shared plan and one record around a child with SEND. Scheduled jobs: {@link
 * ScheduledJobs}.
 */
@SpringBootApplication
@EnableAsync
public class GoldenThreadApplication {

  public static void main(String[] args) {
    SpringApplication.run(GoldenThreadApplication.class, args);
  }
}
