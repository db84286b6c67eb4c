package org.goldenthread.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void withNobodyAdministeringTheAddressIsInvitedOnceHoweverOftenTheAppStarts() {
    inARolledBackTransaction(
        () -> {
          jdbc.sql("delete from user_role where role = 'PLATFORM_ADMIN'").update();
          FirstAdministrator first = first("first.admin@council.example");

          first.run(null);
          first.run(null);

          assertThat(invitationsTo("first.admin@council.example")).isEqualTo(1);
        });
  }

  @Test
  void anInstallationWithAnAdministratorInvitesNobody() {
    inARolledBackTransaction(
        () -> {
          first("another.admin@council.example").run(null);

          assertThat(invitationsTo("another.admin@council.example")).isZero();
        });
  }

  @Test
  void noAddressNoInvitation() {
    inARolledBackTransaction(
        () -> {
          jdbc.sql("delete from user_role where role = 'PLATFORM_ADMIN'").update();
          long before = jdbc.sql("select count(*) from invitation").query(Long.class).single();

          first("").run(null);

          assertThat(jdbc.sql("select count(*) from invitation").query(Long.class).single())
              .isEqualTo(before);
        });
  }

  @Test
  void anAddressThatIsNotOneStopsTheStartSayingWhichSetting() {
    inARolledBackTransaction(
        () -> {
          jdbc.sql("delete from user_role where role = 'PLATFORM_ADMIN'").update();

          assertThatThrownBy(() -> first("not an address").run(null))
              .hasMessageContaining("GT_FIRST_ADMINISTRATOR_EMAIL");
        });
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
