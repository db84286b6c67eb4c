package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation's first administrator is invited once, and only while nobody administers. Each
 * case runs in a transaction rolled back at its end, so that the demo's administrator is back
 * afterwards.
 */
@IntegrationTest
class FirstAdministratorTests {

  @Autowired Invitations invitations;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired EntityManager entityManager;

  @Test
  void withNobodyAdministeringTheAddressIsInvitedOnceHoweverOftenTheAppStarts() {
    inARolledBackTransaction(
        () -> {
          nobodyAdministers();
          FirstAdministrator first = first("first.admin@council.example");

          start(first);
          start(first);

          assertThat(invitationsTo("first.admin@council.example")).isEqualTo(1);
        });
  }

  @Test
  void anInstallationWithAnAdministratorInvitesNobody() {
    inARolledBackTransaction(
        () -> {
          start(first("another.admin@council.example"));

          assertThat(invitationsTo("another.admin@council.example")).isZero();
        });
  }

  @Test
  void noAddressNoInvitation() {
    inARolledBackTransaction(
        () -> {
          nobodyAdministers();
          long before = jdbc.sql("select count(*) from invitation").query(Long.class).single();

          start(first(""));

          assertThat(jdbc.sql("select count(*) from invitation").query(Long.class).single())
              .isEqualTo(before);
        });
  }

  @Test
  void anAddressThatIsNotOneStopsTheStartSayingWhichSetting() {
    inARolledBackTransaction(
        () -> {
          nobodyAdministers();

          assertThatThrownBy(() -> first("not an address").run(null))
              .hasMessageContaining("GT_FIRST_ADMINISTRATOR_EMAIL");
        });
  }

  /** No administrator, and no invitation to be one waiting (other tests may have left some). */
  private void nobodyAdministers() {
    jdbc.sql("delete from user_role where role = 'PLATFORM_ADMIN'").update();
    jdbc.sql("delete from invitation where role = 'PLATFORM_ADMIN'").update();
  }

  /** One start of the app: its writes reach the database before the next one looks. */
  private void start(FirstAdministrator first) {
    first.run(null);
    entityManager.flush();
  }

  private FirstAdministrator first(String email) {
    return new FirstAdministrator(invitations, jdbc, email, "Robin Admin");
  }

  private long invitationsTo(String email) {
    return jdbc.sql("select count(*) from invitation where email = ? and role = 'PLATFORM_ADMIN'")
        .param(email)
        .query(Long.class)
        .single();
  }

  private void inARolledBackTransaction(Runnable work) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              status.setRollbackOnly();
              work.run();
            });
  }
}
