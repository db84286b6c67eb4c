package org.goldenthread.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyMemberView;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.support.Pupils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Children for page tests, made through the services as the demo SENCO of Riverside Academy, each
 * with a fresh valid UPN. Import it with {@code @Import(TestChildren.class)}; the family's tests
 * use it too.
 */
@Component
public class TestChildren {

  public static final String PASSWORD = "thread-demo-2026";
  public static final String SENCO = "senco@riverside.example";
  public static final String TEACHER = "teacher@riverside.example";
  public static final String OFFICER = "officer@northshire.example";
  public static final String EP = "ep@eps.example";
  public static final String OTHER_SENCO = "senco@brook.example";
  public static final String ADMIN = "admin@goldenthread.example";

  @Autowired Children children;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;

  /** The family, above the child: absent when only the child's module is started. */
  @Autowired ObjectProvider<Families> families;

  @Autowired Teams teams;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  /** A valid UPN no other test has used: a check letter, 11 digits and a digit. */
  public static String freshUpn() {
    StringBuilder lastTwelve = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      lastTwelve.append(ThreadLocalRandom.current().nextInt(10));
    }
    return Upn.checkLetter(lastTwelve.toString()) + lastTwelve.toString();
  }

  /** The same UPN with a check letter that does not match. */
  public static String withWrongCheckLetter(String upn) {
    char wrong = upn.charAt(0) == 'A' ? 'B' : 'A';
    return wrong + upn.substring(1);
  }

  public CurrentUser user(String email) {
    return accounts.findByEmail(email).orElseThrow();
  }

  public SchoolSummary riverside() {
    return school("Riverside Academy");
  }

  public SchoolSummary school(String name) {
    return organisations.schools().stream()
        .filter(school -> school.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** A child at Riverside on SEN support for speech, language and communication, in Year 7. */
  public ChildSummary create(String givenName, String familyName) {
    return create(givenName, familyName, "7", SenStatus.K, NeedCode.SLCN);
  }

  public ChildSummary create(
      String givenName, String familyName, String year, SenStatus status, NeedCode need) {
    UUID id =
        new Pupils(context)
            .pupil(givenName, familyName)
            .bornOn(LocalDate.of(2014, 3, 27))
            .upn(freshUpn())
            .inYear(year)
            .status(status, need)
            .add()
            .id();
    return children.get(access.open(user(SENCO), id));
  }

  /** The child as this person may see it, through the door. */
  public AccessibleChild as(String email, UUID childId) {
    return access.open(user(email), childId);
  }

  /** A new account with the demo password, holding one role (at an organisation, or none). */
  public CurrentUser account(String who, Role role, UUID organisationId) {
    String email = unique(who).toLowerCase(java.util.Locale.ROOT) + "@example.net";
    return accounts.createOrGrant(email, who + " Test", PASSWORD, role, organisationId);
  }

  /** A new outside professional of a support service: on no school's staff. */
  public CurrentUser professional(String who) {
    return account(who, Role.PROFESSIONAL, organisations.services().get(0).id());
  }

  /** A new head teacher of Riverside Academy. */
  public CurrentUser head() {
    return account("Head", Role.HEAD, riverside().id());
  }

  /**
   * A parent or carer added to the child's family by the SENCO, with a new account of their own
   * linked to the entry (as accepting the school's invitation links it).
   */
  public FamilyMemberView parent(
      ChildSummary child, FamilyMemberDetails details, CurrentUser account) {
    FamilyMemberView added = families.getObject().add(as(SENCO, child.id()), details);
    jdbc.update("update family_member set user_id = ? where id = ?", account.id(), added.id());
    return added;
  }

  public static FamilyMemberDetails details(String name, FamilyRelationship relationship) {
    return new FamilyMemberDetails(
        name, null, null, relationship, true, null, null, null, null, false, null);
  }

  /** A name no other test has used, so that searches find one child. */
  public static String unique(String name) {
    return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /**
   * Every {@link ChildAccessEnded} published inside a committing transaction (a listener for the
   * moment before commit hears only those), in order.
   */
  @Component
  static class AccessEndedRecorder {
    final List<ChildAccessEnded> heard = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ChildAccessEnded ended) {
      heard.add(ended);
    }

    List<ChildAccessEnded> about(UUID childId) {
      return heard.stream().filter(e -> e.childId().equals(childId)).toList();
    }
  }
}
