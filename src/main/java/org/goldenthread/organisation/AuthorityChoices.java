package org.goldenthread.organisation;

import java.util.List;
import org.goldenthread.web.Choice;

/** Local authorities as the options of a select. */
final class AuthorityChoices {

  private AuthorityChoices() {}

  static List<Choice> of(List<LocalAuthoritySummary> authorities) {
    return authorities.stream()
        .map(authority -> Choice.of(authority.id().toString(), authority.name()))
        .toList();
  }
}
