package org.goldenthread.notification;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.CurrentUser.RoleGrant;
import org.goldenthread.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a letter names a person by their account: their name with the role they hold and where
 * ("Helen Carter (SENCO at Riverside Academy)"), the role at a given organisation first.
 */
@Component
class AccountSenders {

  private final Accounts accounts;
  private final OrganisationNames organisations;
  private final MessageSource messages;

  AccountSenders(Accounts accounts, OrganisationNames organisations, MessageSource messages) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.messages = messages;
  }

  /** The person and their role, or empty when there is no such account. */
  Optional<String> describe(UUID userId, UUID preferredOrganisation) {
    return Optional.ofNullable(userId)
        .flatMap(accounts::findById)
        .map(
            user ->
                roleOf(user, preferredOrganisation)
                    .map(role -> text("mail.sender", user.displayName(), role))
                    .orElse(user.displayName()));
  }

  /** The role the person holds and where ("SENCO at Riverside Academy"), if they hold any. */
  private Optional<String> roleOf(CurrentUser user, UUID preferredOrganisation) {
    return user.grants().stream()
        .min(
            Comparator.comparing(
                    (RoleGrant grant) ->
                        preferredOrganisation == null
                            || !preferredOrganisation.equals(grant.organisationId()))
                .thenComparing(grant -> grant.organisationId() == null))
        .map(this::role);
  }

  /** Where the account is used, at an organisation: the name of the first one, if any. */
  Optional<String> organisationOf(CurrentUser user) {
    return user.grants().stream()
        .map(RoleGrant::organisationId)
        .filter(id -> id != null)
        .findFirst()
        .flatMap(organisations::nameOf);
  }

  private String role(RoleGrant grant) {
    String role = text("mail.sender.role." + grant.role().name());
    return organisations
        .nameOf(grant.organisationId())
        .map(where -> text("mail.sender.at", role, where))
        .orElse(role);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Language.current().locale());
  }
}
