package org.goldenthread.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * A new installation's way in: with {@code GT_FIRST_ADMINISTRATOR_EMAIL} set and nobody yet a
 * platform administrator, that address is invited to be one (the usual invitation email, a link to
 * choose a password), once, however many nodes start together. Everything else (schools,
 * authorities, their staff) the administrator then sets up from the pages.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Invitations invitations;
  private final JdbcClient jdbc;
  private final String email;
  private final String name;

  FirstAdministrator(
      Invitations invitations,
      JdbcClient jdbc,
      @Value("${goldenthread.first-administrator.email:}") String email,
      @Value("${goldenthread.first-administrator.name:Administrator}") String name) {
    this.invitations = invitations;
    this.jdbc = jdbc;
    this.email = email;
    this.name = name;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments arguments) {
    if (!StringUtils.hasText(email)) {
      return;
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtext('goldenthread.first-administrator'))")
        .query()
        .listOfRows();
    if (administratorOrInvitationExists()) {
      return;
    }
    try {
      invitations.invite(new NewInvitation(email.trim(), name, Role.PLATFORM_ADMIN, null), null);
    } catch (InvitationRefused refused) {
      throw new IllegalStateException(
          "goldenthread.first-administrator.email (GT_FIRST_ADMINISTRATOR_EMAIL) is not an email"
              + " address",
          refused);
    }
    log.info("Invited the first platform administrator (goldenthread.first-administrator.email)");
  }

  /** Someone administers already, or the invitation is out and not yet expired. */
  private boolean administratorOrInvitationExists() {
    return jdbc.sql(
            """
            select exists (select 1 from user_role where role = 'PLATFORM_ADMIN')
                or exists (select 1 from invitation where role = 'PLATFORM_ADMIN'
                           and accepted_at is null and expires_at > now())
            """)
        .query(Boolean.class)
        .single();
  }
}
