package org.goldenthread.organisation;

import java.util.Arrays;
import java.util.List;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PageForms;

/**
 * The invitation form, as typed. Each role held at an organisation has its own select, revealed
 * under its radio (GOV.UK conditional reveal), so that the form works without JavaScript: only the
 * select of the chosen role counts.
 */
record InvitationForm(
    String email,
    String name,
    String role,
    String authorityId,
    String serviceId,
    String sencoSchoolId,
    String teacherSchoolId,
    String headSchoolId,
    String schoolAdminSchoolId) {

  static InvitationForm empty() {
    return new InvitationForm(null, null, null, null, null, null, null, null, null);
  }

  /** The roles an administrator may invite someone to; parents are invited by their school. */
  static List<Role> invitableRoles() {
    return Arrays.stream(Role.values())
        .filter(role -> role != Role.PARENT && role != Role.CHILD)
        .toList();
  }

  /** The chosen role, or null when none (or one that cannot be invited) was chosen. */
  Role chosenRole() {
    Role chosen = PageForms.choice(Role.class, role);
    return invitableRoles().contains(chosen) ? chosen : null;
  }

  /** The name of the select that goes with the role, or null for a role held nowhere. */
  static String organisationField(Role role) {
    return switch (role) {
      case AUTHORITY_OFFICER -> "authorityId";
      case PROFESSIONAL -> "serviceId";
      case SENCO -> "sencoSchoolId";
      case TEACHER -> "teacherSchoolId";
      case HEAD -> "headSchoolId";
      case SCHOOL_ADMIN -> "schoolAdminSchoolId";
      case PLATFORM_ADMIN, PARENT, CHILD -> null;
    };
  }

  /** What was chosen in the select that goes with the role. */
  String organisationFor(Role role) {
    return switch (role) {
      case AUTHORITY_OFFICER -> authorityId;
      case PROFESSIONAL -> serviceId;
      case SENCO -> sencoSchoolId;
      case TEACHER -> teacherSchoolId;
      case HEAD -> headSchoolId;
      case SCHOOL_ADMIN -> schoolAdminSchoolId;
      case PLATFORM_ADMIN, PARENT, CHILD -> null;
    };
  }
}
