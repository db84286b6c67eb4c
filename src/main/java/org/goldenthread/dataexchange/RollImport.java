package org.goldenthread.dataexchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.goldenthread.child.SchoolRoll;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.child.SchoolRoll.Outcome;
import org.goldenthread.child.Upn;
import org.goldenthread.family.FamilyImports;
import org.goldenthread.family.FamilyImports.ChildContacts;
import org.goldenthread.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file's pupils and their parents and carers, imported together in one transaction: a contact
 * that breaks a family rule is a problem of the file like any pupil's, so nothing is imported; when
 * the pupils are saved, each child's family gains the contacts it does not have yet.
 */
@Service
class RollImport {

  /**
   * The roll's outcome, and how many parents and carers were (or, in a preview, would be) added.
   */
  record Imported(Outcome outcome, int familyMembers) {}

  private final SchoolRoll roll;
  private final FamilyImports families;

  RollImport(SchoolRoll roll, FamilyImports families) {
    this.roll = roll;
    this.families = families;
  }

  @Transactional
  Imported run(
      CurrentUser user, UUID schoolId, PupilFile file, boolean dryRun, IntConsumer progress) {
    List<LineProblem> found = new ArrayList<>(file.problems());
    for (PupilFile.PupilContacts pupil : file.contacts()) {
      FamilyImports.problems(pupil.contacts())
          .forEach(p -> found.add(new LineProblem(p.line(), p.field(), p.message())));
    }
    Outcome outcome = roll.importPupils(user, schoolId, file.pupils(), found, dryRun, progress);
    if (file.contacts().isEmpty() || !outcome.errors().isEmpty()) {
      return new Imported(outcome, 0);
    }
    Map<String, UUID> ids =
        roll.childIds(
            schoolId, file.contacts().stream().map(PupilFile.PupilContacts::upn).toList());
    List<ChildContacts> byChild =
        file.contacts().stream()
            .map(p -> new ChildContacts(ids.get(Upn.normalise(p.upn())), p.contacts()))
            .toList();
    if (!outcome.imported()) {
      return new Imported(outcome, families.missing(byChild));
    }
    return new Imported(
        outcome,
        families.add(
            byChild, user.id(), user.displayName(), SchoolRoll.importerRole(user, schoolId)));
  }
}
