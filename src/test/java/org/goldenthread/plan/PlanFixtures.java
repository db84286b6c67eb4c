package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildDetails;
import org.goldenthread.child.Children;
import org.goldenthread.child.Families;
import org.goldenthread.child.FamilyMemberDetails;
import org.goldenthread.child.FamilyRelationship;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh children at Riverside for plan tests, each with a parent of their own (a new account with
 * the demo password), so that tests that change a plan stay independent of each other and of the
 * demo children. Public, so that browser journeys can start from such a child too.
 */
public class PlanFixtures {

  public static final String SENCO = "senco@riverside.example";
  private static final AtomicLong serial = new AtomicLong(System.nanoTime() % 1_000_000);

  private final Accounts accounts;
  private final Organisations organisations;
  private final Children children;
  private final ChildAccess access;
  private final Families families;
  private final JdbcTemplate jdbc;

  public PlanFixtures(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
    this.organisations = context.getBean(Organisations.class);
    this.children = context.getBean(Children.class);
    this.access = context.getBean(ChildAccess.class);
    this.families = context.getBean(Families.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** A new pupil at Riverside added by its SENCO, with a parent whose email is answered. */
  public Fresh child() {
    long n = serial.incrementAndGet();
    CurrentUser senco = accounts.findByEmail(SENCO).orElseThrow();
    UUID riverside =
        organisations.schools().stream()
            .filter(s -> s.urn().equals("900001"))
            .findFirst()
            .orElseThrow()
            .id();
    UUID childId =
        children
            .create(
                senco,
                new ChildDetails(
                    "Robin",
                    "Thread" + n,
                    null,
                    LocalDate.of(2014, 4, 2),
                    null,
                    riverside,
                    "7",
                    SenStatus.K,
                    NeedCode.SLCN,
                    null,
                    List.of("ENG"),
                    false))
            .id();
    String parentEmail = "plan.parent." + n + "@example.org";
    CurrentUser parent =
        accounts.createOrGrant(
            parentEmail, "Jo Thread" + n, ApiClient.DEMO_PASSWORD, Role.PARENT, null);
    AccessibleChild record = access.open(senco, childId);
    UUID member =
        families
            .add(
                record,
                new FamilyMemberDetails(
                    "Jo Thread" + n,
                    parentEmail,
                    null,
                    FamilyRelationship.MOTHER,
                    true,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null))
            .id();
    jdbc.update("update family_member set user_id = ? where id = ?", parent.id(), member);
    return new Fresh(childId, parentEmail, parent.displayName());
  }

  /** A fresh child, and its parent's email and name. */
  public record Fresh(UUID id, String parentEmail, String parentName) {}
}
