package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job's run happens on one node at a time: of two nodes (two lock providers on one database), the
 * second finds the job's lock taken while the first runs it, and takes it once the first is done; a
 * node with jobs switched off never takes it. A lock lasts a minute unless its job is still
 * running, so a node that dies holds a job back for a minute at most, and a long job keeps its
 * lock.
 */
@IntegrationTest
class ScheduledJobsTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aJobRunsOnOneNodeAtATime() {
    LockProvider nodeA = new ScheduledJobs().jobLocks(dataSource, true);
    LockProvider nodeB = new ScheduledJobs().jobLocks(dataSource, true);
    LockConfiguration run = run("job-" + UUID.randomUUID());

    Optional<SimpleLock> onA = nodeA.lock(run);
    assertThat(onA).as("node A runs it").isPresent();
    assertThat(nodeB.lock(run)).as("node B skips this run").isEmpty();

    onA.get().unlock();
    Optional<SimpleLock> onB = nodeB.lock(run(run.getName()));
    assertThat(onB).as("the next run can be node B's").isPresent();
    onB.get().unlock();
  }

  @Test
  void aNodeWithJobsSwitchedOffRunsNone() {
    LockProvider off = new ScheduledJobs().jobLocks(dataSource, false);

    assertThat(off.lock(run("job-" + UUID.randomUUID()))).isEmpty();
  }

  @Test
  void aJobsLockLastsAMinuteSoANodeThatDiesHoldsTheJobBackNoLonger() {
    LockProvider node = new ScheduledJobs().jobLocks(dataSource, true);
    String job = "job-" + UUID.randomUUID();
    Duration heldFor = Duration.parse(ScheduledJobs.LOCK_HELD_FOR);

    Optional<SimpleLock> lock =
        node.lock(new LockConfiguration(Instant.now(), job, heldFor, Duration.ZERO));

    assertThat(lock).isPresent();
    assertThat(secondsHeld(job)).isEqualTo(60.0);
    lock.get().unlock();
  }

  @Test
  void aJobThatRunsLongKeepsItsLock() {
    LockProvider nodeA = new ScheduledJobs().jobLocks(dataSource, true);
    LockProvider nodeB = new ScheduledJobs().jobLocks(dataSource, true);
    String job = "job-" + UUID.randomUUID();
    Duration shortest = Duration.ofSeconds(30);
    Optional<SimpleLock> onA =
        nodeA.lock(new LockConfiguration(Instant.now(), job, shortest, Duration.ZERO));
    assertThat(onA).isPresent();

    await()
        .atMost(Duration.ofSeconds(25))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> secondsHeld(job) > 40);

    assertThat(nodeB.lock(run(job))).as("still node A's, renewed").isEmpty();
    onA.get().unlock();
  }

  /** From when the job's lock was taken until when it lasts, in seconds (the database's clock). */
  private double secondsHeld(String job) {
    return jdbc.queryForObject(
        "select extract(epoch from lock_until - locked_at) from shedlock where name = ?",
        Double.class,
        job);
  }

  private static LockConfiguration run(String name) {
    return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
  }
}
