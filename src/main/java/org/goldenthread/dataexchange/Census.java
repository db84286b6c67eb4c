package org.goldenthread.dataexchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SchoolRoll;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.Upn;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.CsvText;
import org.springframework.stereotype.Service;

/**
 * The school census's SEN fields for a school (UPN, SEN provision, primary and secondary need), as
 * CSV, and the check that lists the children whose record the census would refuse. One query reads
 * the school's roll; its SENCO or administrator only (404 for anyone else).
 */
@Service
class Census {

  static final String HEADER =
      "upn,senProvision,primaryNeed,secondaryNeed,familyName,givenName,dateOfBirth";

  private final SchoolRoll roll;

  Census(SchoolRoll roll) {
    this.roll = roll;
  }

  /** A child whose record would fail the census, and the message keys of what is wrong. */
  record Failing(UUID childId, String name, String upn, List<String> problems) {}

  List<Failing> check(CurrentUser user, UUID schoolId) {
    List<Failing> failing = new ArrayList<>();
    for (ChildSummary child : roll.roll(user, schoolId)) {
      List<String> problems = problems(child);
      if (!problems.isEmpty()) {
        failing.add(
            new Failing(
                child.id(), child.name() + " " + child.familyName(), child.upn(), problems));
      }
    }
    return failing;
  }

  /** What the census would refuse in the record: message keys, none when it passes. */
  static List<String> problems(ChildSummary child) {
    List<String> problems = new ArrayList<>();
    if (child.upn() == null) {
      problems.add("census.problem.upn.missing");
    } else if (Upn.problem(child.upn()).isPresent()) {
      problems.add("census.problem.upn.invalid");
    }
    SenStatus status = child.senStatus();
    NeedCode primary = child.primaryNeed();
    NeedCode secondary = child.secondaryNeed();
    if (status == SenStatus.N) {
      if (primary != null || secondary != null) {
        problems.add("census.problem.need.withoutSen");
      }
      return problems;
    }
    if (primary == null) {
      problems.add(
          secondary == null
              ? "census.problem.primary.missing"
              : "census.problem.secondary.withoutPrimary");
    } else if (primary == NeedCode.NSA && status == SenStatus.E) {
      problems.add("census.problem.nsa.withPlan");
    }
    if (secondary != null && primary != null) {
      if (secondary == NeedCode.NSA || primary == NeedCode.NSA) {
        problems.add("census.problem.secondary.nsa");
      } else if (secondary == primary) {
        problems.add("census.problem.secondary.same");
      }
    }
    return problems;
  }

  String csv(CurrentUser user, UUID schoolId) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (ChildSummary child : roll.roll(user, schoolId)) {
      row(
          out,
          child.upn(),
          child.senStatus() == null ? "" : child.senStatus().name(),
          child.primaryNeed() == null ? "" : child.primaryNeed().name(),
          child.secondaryNeed() == null ? "" : child.secondaryNeed().name(),
          child.familyName(),
          child.givenName(),
          child.dateOfBirth() == null ? "" : child.dateOfBirth().toString());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    out.append(CsvText.line(Arrays.asList(cells)));
  }
}
