package org.goldenthread.demo;

import java.util.Optional;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo's people and pupils, found the way each demo step needs them. */
@Component
class DemoPeople {

  private final Accounts accounts;
  private final Children children;

  DemoPeople(Accounts accounts, Children children) {
    this.accounts = accounts;
    this.children = children;
  }

  /** The demo account with this email, signed in as a service would see it. */
  CurrentUser user(String email) {
    return account(email).orElseThrow();
  }

  /** The account with this email, if the demo has made it. */
  Optional<CurrentUser> account(String email) {
    return accounts.findByEmail(email);
  }

  /** The pupil with this UPN among the children the member of staff may see, if there is one. */
  Optional<ChildSummary> pupil(CurrentUser staff, String upn) {
    return children.visibleTo(staff).stream().filter(c -> upn.equals(c.upn())).findFirst();
  }
}
