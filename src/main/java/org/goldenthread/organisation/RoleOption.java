package org.goldenthread.organisation;

import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Choice;

/**
 * One answer to "What will they do?" on the invitation form, with the select revealed under it when
 * the role is held at an organisation.
 *
 * @param value the role's name
 * @param organisationField the form field of the select, or null for a role held nowhere
 * @param organisationKind {@code school}, {@code authority} or {@code service} (for the texts of
 *     the select), or null
 * @param organisations the options of the select
 */
record RoleOption(
    String value, String organisationField, String organisationKind, List<Choice> organisations) {

  static RoleOption of(
      Role role, List<Choice> schools, List<Choice> authorities, List<Choice> services) {
    String field = InvitationForm.organisationField(role);
    return switch (role.organisationKind()) {
      case SCHOOL -> new RoleOption(role.name(), field, "school", schools);
      case LOCAL_AUTHORITY -> new RoleOption(role.name(), field, "authority", authorities);
      case SERVICE -> new RoleOption(role.name(), field, "service", services);
      case NONE -> new RoleOption(role.name(), null, null, List.of());
    };
  }

  public boolean revealsSelect() {
    return organisationField != null;
  }
}
