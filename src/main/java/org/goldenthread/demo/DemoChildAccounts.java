package org.goldenthread.demo;

import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sarah's own account: she is 13, over Riverside Academy's minimum age (10), and signs in as {@code
 * sarah@example.org} with the demo password, landing on her easy-read page. As if she had accepted
 * the invitation her mother sent: the account is linked to her record. Loading again changes
 * nothing: the account is found, and a record with an account linked already keeps it.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoChildAccounts implements DemoStep {

  static final String SARAH_EMAIL = "sarah@example.org";

  private final Accounts accounts;
  private final DemoSql sql;

  DemoChildAccounts(Accounts accounts, DemoSql sql) {
    this.accounts = accounts;
    this.sql = sql;
  }

  @Override
  public void load() {
    CurrentUser sarah =
        accounts.createOrGrant(SARAH_EMAIL, "Sarah Bennett", DemoData.PASSWORD, Role.CHILD, null);
    sql.update(
        "update child set user_id = ? where upn = ? and user_id is null",
        sarah.id(),
        DemoChildren.SARAH_UPN);
  }
}
