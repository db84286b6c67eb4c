package org.goldenthread.dataexchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.goldenthread.child.SchoolRoll;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.child.SchoolRoll.Outcome;
import org.goldenthread.child.Upn;
import org.goldenthread.family.FamilyImports;
import org.goldenthread.family.FamilyImports.ChildContacts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.transfer.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file's pupils and their parents and carers, imported together in one transaction: a contact
 * that breaks a family rule is a problem of the file like any pupil's, so nothing is imported; when
 * the pupils are saved, each child's family gains the contacts it does not have yet. A pupil of a
 * Common Transfer File who is on another school's roll (the same UPN) is not recorded twice: a move
 * to the importing school, from today, is proposed to the family instead ({@link Transfers}), and
 * the file's contacts for them are left out until the family agrees.
 */
@Service
class RollImport {

  /**
   * The roll's outcome, how many parents and carers were (or, in a preview, would be) added, and
   * how many moves from other schools were (or would be) proposed.
   */
  record Imported(Outcome outcome, int familyMembers, int transfers) {}

  private final SchoolRoll roll;
  private final FamilyImports families;
  private final Transfers transfers;
  private final Clock clock;

  RollImport(SchoolRoll roll, FamilyImports families, Transfers transfers, Clock clock) {
    this.roll = roll;
    this.families = families;
    this.transfers = transfers;
    this.clock = clock;
  }

  @Transactional
  Imported run(
      CurrentUser user, UUID schoolId, PupilFile file, boolean dryRun, IntConsumer progress) {
    List<LineProblem> found = new ArrayList<>(file.problems());
    for (PupilFile.PupilContacts pupil : file.contacts()) {
      FamilyImports.problems(pupil.contacts())
          .forEach(p -> found.add(new LineProblem(p.line(), p.field(), p.message())));
    }
    boolean ctf = file.format() == PupilFile.Format.CTF;
    Outcome outcome =
        roll.importPupils(user, schoolId, file.pupils(), found, dryRun, ctf, progress);
    if (!outcome.errors().isEmpty()) {
      return new Imported(outcome, 0, 0);
    }
    int moves = outcome.moving().size();
    if (outcome.imported() && moves > 0) {
      Map<String, UUID> elsewhere =
          roll.childIdsElsewhere(
              schoolId, outcome.moving().stream().map(SchoolRoll.PreviewRow::upn).toList());
      LocalDate today = LocalDate.now(clock);
      elsewhere.values().forEach(id -> transfers.proposeFromImport(id, user, schoolId, today));
    }
    if (file.contacts().isEmpty()) {
      return new Imported(outcome, 0, moves);
    }
    Map<String, UUID> ids =
        roll.childIds(
            schoolId, file.contacts().stream().map(PupilFile.PupilContacts::upn).toList());
    List<ChildContacts> byChild =
        file.contacts().stream()
            .filter(p -> !moving(outcome, p.upn()))
            .map(p -> new ChildContacts(ids.get(Upn.normalise(p.upn())), p.contacts()))
            .toList();
    if (!outcome.imported()) {
      return new Imported(outcome, families.missing(byChild), moves);
    }
    return new Imported(
        outcome,
        families.add(
            byChild, user.id(), user.displayName(), SchoolRoll.importerRole(user, schoolId)),
        moves);
  }

  private static boolean moving(Outcome outcome, String upn) {
    String normal = Upn.normalise(upn);
    return outcome.moving().stream().anyMatch(row -> Objects.equals(row.upn(), normal));
  }
}
