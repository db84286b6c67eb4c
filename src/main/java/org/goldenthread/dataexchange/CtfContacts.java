package org.goldenthread.dataexchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.family.FamilyImports;
import org.goldenthread.family.FamilyRelationship;

/**
 * The contact part of a Common Transfer File: of each pupil's contacts, the parents and carers (the
 * relationship codes of the DfE's common basic data set), who become members of the child's family.
 * Professional and other contacts (a doctor, a social worker, a childminder) are not family, and
 * are left out.
 */
final class CtfContacts {

  /** The relationship codes that name a parent or carer, and what each is in the family. */
  private static final Map<String, FamilyRelationship> FAMILY =
      Map.ofEntries(
          Map.entry("PAM", FamilyRelationship.MOTHER),
          Map.entry("PAF", FamilyRelationship.FATHER),
          Map.entry("PAR", FamilyRelationship.OTHER),
          Map.entry("STM", FamilyRelationship.STEP_PARENT),
          Map.entry("STF", FamilyRelationship.STEP_PARENT),
          Map.entry("FOM", FamilyRelationship.FOSTER_CARER),
          Map.entry("FOF", FamilyRelationship.FOSTER_CARER),
          Map.entry("CAR", FamilyRelationship.KINSHIP_CARER),
          Map.entry("GRM", FamilyRelationship.GRANDPARENT),
          Map.entry("GRF", FamilyRelationship.GRANDPARENT),
          Map.entry("GRP", FamilyRelationship.GRANDPARENT),
          Map.entry("REL", FamilyRelationship.OTHER_RELATIVE),
          Map.entry("FAM", FamilyRelationship.OTHER_RELATIVE));

  private CtfContacts() {}

  /** One contact as read so far. */
  static final class Draft {
    final int line;
    String forename;
    String surname;
    String relationship;
    String responsibility;
    String email;
    String phone;

    Draft(int line) {
      this.line = line;
    }

    void take(String name, String text) {
      switch (name) {
        case "Forename" -> forename = text;
        case "Surname" -> surname = text;
        case "Relationship" -> relationship = text;
        case "Responsibility" -> responsibility = text;
        case "Email", "EmailAddress" -> email = text;
        case "TelephoneNumber", "Phone" -> phone = phone == null ? text : phone;
        default -> {
          // a part the import does not use
        }
      }
    }
  }

  /**
   * The parents and carers among a pupil's contacts; a field that cannot be read (hostile text, too
   * long) is a problem on the contact's line, named {@code contact.<field>}.
   */
  static List<FamilyImports.Contact> family(List<Draft> drafts, List<LineProblem> problems) {
    List<FamilyImports.Contact> family = new ArrayList<>();
    for (Draft draft : drafts) {
      String code =
          draft.relationship == null ? "" : draft.relationship.strip().toUpperCase(Locale.ROOT);
      FamilyRelationship relationship = FAMILY.get(code);
      if (relationship == null) {
        continue;
      }
      PupilFile.Fields fields = new PupilFile.Fields(draft.line, problems);
      String forename = fields.text("contact.name", draft.forename);
      String surname = fields.text("contact.name", draft.surname);
      String name =
          forename == null ? surname : surname == null ? forename : forename + " " + surname;
      family.add(
          new FamilyImports.Contact(
              draft.line,
              name,
              fields.text("contact.email", draft.email),
              fields.text("contact.phone", draft.phone),
              relationship,
              responsible(draft.responsibility)));
    }
    return family;
  }

  private static boolean responsible(String value) {
    if (value == null) {
      return false;
    }
    String said = value.strip().toLowerCase(Locale.ROOT);
    return said.equals("true") || said.equals("1") || said.equals("y") || said.equals("yes");
  }
}
