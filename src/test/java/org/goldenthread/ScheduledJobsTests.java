package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A job's run happens on one node at a time: of two nodes (two lock providers on one database), the
 * second finds the job's lock taken while the first runs it, and takes it once the first is done; a
 * node with jobs switched off never takes it.
 */
@IntegrationTest
class ScheduledJobsTests {

  @Autowired DataSource dataSource;

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

  private static LockConfiguration run(String name) {
    return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
  }
}
