package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.goldenthread.support.Pupils;
import org.springframework.context.ApplicationContext;

/**
 * Fresh children at Riverside for plan tests, each with a parent of their own (a new account with
 * the demo password), so that tests that change a plan stay independent of each other and of the
 * demo children. Public, so that browser journeys can start from such a child too.
 */
public class PlanFixtures {

  public static final String SENCO = "senco@riverside.example";
  private static final AtomicLong serial = new AtomicLong(System.nanoTime() % 1_000_000);

  private final Pupils pupils;

  public PlanFixtures(ApplicationContext context) {
    this.pupils = new Pupils(context);
  }

  /** A new pupil at Riverside added by its SENCO, with a parent whose email is answered. */
  public Fresh child() {
    long n = serial.incrementAndGet();
    Pupils.Pupil pupil =
        pupils
            .pupil("Robin", "Thread" + n)
            .bornOn(LocalDate.of(2014, 4, 2))
            .withParent("plan.parent." + n + "@example.org", "Jo Thread" + n)
            .add();
    return new Fresh(pupil.id(), pupil.parentEmail(), pupil.parentName());
  }

  /** A fresh child, and its parent's email and name. */
  public record Fresh(UUID id, String parentEmail, String parentName) {}
}
