package org.goldenthread;

import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (digests, reminders, deadline notices, completion of moves, retention, the
 * resubmission of stale event publications) run once across app nodes: each takes its lock in the
 * {@code shedlock} table before it runs, and a node that finds it taken skips that run. With {@code
 * goldenthread.jobs.enabled=false} this node takes no job's lock, so it runs none of them; the
 * nodes that have them on do. Work that every node does for itself (reading the glossary again,
 * sending queued mail) is not a job and runs everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledJobs {

  private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

  @Bean
  LockProvider jobLocks(
      DataSource dataSource, @Value("${goldenthread.jobs.enabled:true}") boolean enabled) {
    if (!enabled) {
      log.info("Scheduled jobs are off on this node (goldenthread.jobs.enabled=false)");
      return lock -> Optional.empty();
    }
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }
}
