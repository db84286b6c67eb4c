package org.goldenthread.support;

import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school of an authority of its own, written straight to the database, and its SENCO (a new
 * account through identity), for tests that must not rely on the demo data (a module test starts
 * without the demo module, and the test database may or may not hold the demo rows):
 *
 * <pre>{@code
 * FreshSchool school = FreshSchool.open(context);
 * Pupils.Pupil pupil = new Pupils(context, school).pupil("Ada", "Fresh").add();
 * }</pre>
 */
public record FreshSchool(UUID id, String name, CurrentUser senco) {

  /** A new authority and school with unique codes, and a SENCO there with the demo password. */
  public static FreshSchool open(ApplicationContext context) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID id = school(context.getBean(JdbcClient.class), tag);
    String name = "Fresh School " + tag;
    CurrentUser senco =
        context
            .getBean(Accounts.class)
            .createOrGrant(
                "senco." + tag + "@fresh.example",
                "Sam Senco " + tag,
                ApiClient.DEMO_PASSWORD,
                Role.SENCO,
                id);
    return new FreshSchool(id, name, senco);
  }

  /** A school and its authority only (no one works there yet); answers the school's id. */
  public static UUID school(JdbcClient sql, String tag) {
    UUID authority = UUID.randomUUID();
    UUID school = UUID.randomUUID();
    sql.sql("insert into local_authority (id, name, code) values (?, ?, ?)")
        .params(authority, "Freshshire " + tag, "F" + tag)
        .update();
    sql.sql("insert into school (id, urn, name, phase, local_authority_id) values (?, ?, ?, ?, ?)")
        .params(school, "F" + tag, "Fresh School " + tag, "PRIMARY", authority)
        .update();
    return school;
  }

  /** A child on the roll of this school, written straight to the database, with this id. */
  public static void child(JdbcClient sql, UUID childId, UUID schoolId) {
    sql.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, created_at, updated_at)
            values (?, 'Ada', 'Fresh', date '2016-03-01', ?, '4', 'K', now(), now())
            """)
        .params(childId, schoolId)
        .update();
  }
}
