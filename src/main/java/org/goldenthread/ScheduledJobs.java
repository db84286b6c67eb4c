package org.goldenthread;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
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
 *
 * <p>A lock is taken for a minute ({@link #LOCK_HELD_FOR}) and, while its job runs, renewed for
 * another minute every 30 seconds, by a thread of its own ({@link KeepAliveLockProvider}); so a job
 * may run as long as it needs, and a node that dies in the middle of one (killed, or cut off from
 * the database) holds the job back from the other nodes for a minute at most.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = ScheduledJobs.LOCK_HELD_FOR)
class ScheduledJobs {

  static final String LOCK_HELD_FOR = "PT1M";

  private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

  /**
   * Renews the locks of the jobs running on this node. Not a bean: one of this type would take the
   * place of the scheduler that runs the jobs, behind which a renewal could wait too long.
   */
  private static final ScheduledExecutorService LOCK_RENEWALS =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread renewer = new Thread(task, "job-lock-renewal");
            renewer.setDaemon(true);
            return renewer;
          });

  @Bean
  LockProvider jobLocks(
      DataSource dataSource, @Value("${goldenthread.jobs.enabled:true}") boolean enabled) {
    if (!enabled) {
      log.info("Scheduled jobs are off on this node (goldenthread.jobs.enabled=false)");
      return lock -> Optional.empty();
    }
    return new KeepAliveLockProvider(
        new JdbcTemplateLockProvider(
            JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()),
        LOCK_RENEWALS);
  }
}
