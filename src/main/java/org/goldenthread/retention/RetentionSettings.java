package org.goldenthread.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept ({@code goldenthread.retention.*}).
 *
 * @param childAge a child's record, with everything about it, is kept until the end of the school
 *     year (31 August) in which the young person reaches this age (25: the end of the 0 to 25 SEND
 *     age range, when any EHC plan has ended), then deleted
 * @param audit how long audit entries are kept: the platform's log and each child's trail (6 years)
 * @param outbox how long mail in the outbox is kept after it was written (30 days)
 * @param importJobs how long a finished or previewed pupil import, with its file, is kept (30 days)
 * @param signIn how long expired or revoked API tokens, password resets, invitations never accepted
 *     and sign-in counters are kept after they stopped counting (30 days)
 * @param cron when the daily run starts (02:30); {@code -} switches the daily run off
 */
@ConfigurationProperties("goldenthread.retention")
record RetentionSettings(
    @DefaultValue("25") int childAge,
    @DefaultValue("P6Y") Period audit,
    @DefaultValue("P30D") Period outbox,
    @DefaultValue("P30D") Period importJobs,
    @DefaultValue("P30D") Period signIn,
    @DefaultValue("0 30 2 * * *") String cron) {

  public boolean scheduled() {
    return !"-".equals(cron);
  }
}
