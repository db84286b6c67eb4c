package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's roll brought in from a file (the pupil import): each pupil matched by UPN, created or
 * brought up to date under the same rules as a record added by hand, with the same events, all in
 * one transaction. Nothing is saved when any line breaks a rule, or when only a preview is asked.
 */
@Service
public class SchoolRoll {

  /** Inserts and updates sent to the database together, not one by one. */
  private static final int BATCH = 500;

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SchoolRoll.class);

  private final ChildRepository children;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SchoolRoll(
      ChildRepository children,
      EntityManager entityManager,
      ApplicationEventPublisher events,
      Clock clock) {
    this.children = children;
    this.entityManager = entityManager;
    this.events = events;
    this.clock = clock;
  }

  /** One pupil read from a file: the line it starts on, and its fields (null when not given). */
  public record Pupil(
      int line,
      String upn,
      String givenName,
      String familyName,
      String preferredName,
      LocalDate dateOfBirth,
      String yearGroup,
      SenStatus senStatus,
      NeedCode primaryNeed,
      NeedCode secondaryNeed) {}

  /** What is wrong on a line: the field and a message key. */
  public record LineProblem(int line, String field, String message) {}

  /** What happens (or would happen) to one pupil. */
  public enum Change {
    CREATED,
    CHANGED,
    UNCHANGED,
    /**
     * On another school's roll, in a Common Transfer File: the record is left as it is, and a move
     * to the importing school is proposed to the family instead of a second record.
     */
    MOVING
  }

  /** One pupil of the preview: the line, the UPN, the name and what happens to the record. */
  public record PreviewRow(int line, String upn, String name, Change change) {}

  /** The outcome: counts, the problems by line and field, and each pupil's change. */
  public record Outcome(
      boolean dryRun,
      int created,
      int changed,
      int unchanged,
      List<LineProblem> errors,
      List<PreviewRow> rows) {

    public boolean imported() {
      return !dryRun && errors.isEmpty();
    }

    /** The pupils on another school's roll whose move is (or would be) proposed. */
    public List<PreviewRow> moving() {
      return rows.stream().filter(row -> row.change() == Change.MOVING).toList();
    }
  }

  /**
   * Whether the person may import pupils to the school's roll: its SENCO or administrator. Anyone
   * else is told the school does not exist for them.
   */
  public boolean mayImportAt(CurrentUser user, UUID schoolId) {
    return user != null
        && schoolId != null
        && (user.organisationsWhere(Role.SENCO).contains(schoolId)
            || user.organisationsWhere(Role.SCHOOL_ADMIN).contains(schoolId));
  }

  /**
   * How an importer at the school is named in each child's record: its SENCO, or its administrator.
   */
  public static Relationship importerRole(CurrentUser user, UUID schoolId) {
    return user.organisationsWhere(Role.SENCO).contains(schoolId)
        ? Relationship.SENCO
        : Relationship.SCHOOL_ADMIN;
  }

  /**
   * Checks every pupil and, unless a preview is asked or a line breaks a rule, saves them all.
   * {@code found} are the problems the file's reader found already (a date that is not a date): a
   * field named there is not checked again. {@code progress} hears 0 to 100 as the work goes on.
   */
  @Transactional
  public Outcome importPupils(
      CurrentUser user,
      UUID schoolId,
      List<Pupil> pupils,
      List<LineProblem> found,
      boolean dryRun,
      IntConsumer progress) {
    return importPupils(user, schoolId, pupils, found, dryRun, false, progress);
  }

  /**
   * The same; with {@code movesComeIn} (a Common Transfer File), a pupil on another school's roll
   * is no error but a move ({@link Change#MOVING}): their record is left as it is.
   */
  @Transactional
  public Outcome importPupils(
      CurrentUser user,
      UUID schoolId,
      List<Pupil> pupils,
      List<LineProblem> found,
      boolean dryRun,
      boolean movesComeIn,
      IntConsumer progress) {
    if (!mayImportAt(user, schoolId)) {
      throw org.goldenthread.web.NotFound.error();
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    List<LineProblem> problems = new ArrayList<>(found);
    Set<String> refused = new HashSet<>();
    found.forEach(p -> refused.add(p.line() + "." + p.field()));
    Map<String, Child> existing = existing(pupils);
    Set<String> seen = new HashSet<>();
    List<PreviewRow> rows = new ArrayList<>();
    List<Child> toCreate = new ArrayList<>();
    List<Map.Entry<Child, ChildDetails>> toChange = new ArrayList<>();
    int unchanged = 0;
    for (Pupil pupil : pupils) {
      Child match = pupil.upn() == null ? null : existing.get(Upn.normalise(pupil.upn()));
      ChildDetails details = ChildRules.tidy(details(pupil, schoolId, match));
      List<LineProblem> lineProblems = new ArrayList<>();
      for (var problem : ChildRules.problems(details, today)) {
        if (!refused.contains(pupil.line() + "." + problem.field())) {
          lineProblems.add(new LineProblem(pupil.line(), problem.field(), problem.message()));
        }
      }
      if (details.upn() == null && !refused.contains(pupil.line() + ".upn")) {
        lineProblems.add(new LineProblem(pupil.line(), "upn", "import.error.upn.missing"));
      } else if (details.upn() != null && !seen.add(details.upn())) {
        lineProblems.add(new LineProblem(pupil.line(), "upn", "import.error.upn.twice"));
      } else if (match != null && !match.schoolId().equals(schoolId) && !movesComeIn) {
        lineProblems.add(new LineProblem(pupil.line(), "upn", "import.error.upn.otherSchool"));
      }
      problems.addAll(lineProblems);
      if (!lineProblems.isEmpty() || details.upn() == null) {
        continue;
      }
      String name =
          Child.displayName(details.givenName(), details.preferredName(), details.familyName());
      if (match != null && !match.schoolId().equals(schoolId)) {
        rows.add(new PreviewRow(pupil.line(), details.upn(), name, Change.MOVING));
      } else if (match == null) {
        toCreate.add(new Child(details, clock.instant()));
        rows.add(new PreviewRow(pupil.line(), details.upn(), name, Change.CREATED));
      } else if (same(match, details)) {
        unchanged++;
        rows.add(new PreviewRow(pupil.line(), details.upn(), name, Change.UNCHANGED));
      } else {
        toChange.add(Map.entry(match, details));
        rows.add(new PreviewRow(pupil.line(), details.upn(), name, Change.CHANGED));
      }
    }
    problems.sort(
        java.util.Comparator.comparingInt(LineProblem::line).thenComparing(LineProblem::field));
    Outcome outcome =
        new Outcome(dryRun, toCreate.size(), toChange.size(), unchanged, problems, rows);
    progress.accept(10);
    long checked = System.nanoTime();
    if (outcome.imported()) {
      save(user, schoolId, toCreate, toChange, progress);
    }
    log.info(
        "Checked {} pupils in {} ms, saved {} new and {} changed in {} ms",
        pupils.size(),
        (checked - started) / 1_000_000,
        outcome.imported() ? toCreate.size() : 0,
        outcome.imported() ? toChange.size() : 0,
        (System.nanoTime() - checked) / 1_000_000);
    progress.accept(100);
    return outcome;
  }

  private void save(
      CurrentUser user,
      UUID schoolId,
      List<Child> toCreate,
      List<Map.Entry<Child, ChildDetails>> toChange,
      IntConsumer progress) {
    Session session = entityManager.unwrap(Session.class);
    Integer batchSize = session.getJdbcBatchSize();
    session.setJdbcBatchSize(BATCH);
    try {
      Relationship role = importerRole(user, schoolId);
      Instant now = clock.instant();
      int total = Math.max(1, toCreate.size() + toChange.size());
      int done = 0;
      for (Child child : toCreate) {
        entityManager.persist(child);
        events.publishEvent(
            new ChildRecordChanged(
                child.id(),
                user.id(),
                user.displayName(),
                role,
                ChildRecordChanged.Action.CREATE,
                Happened.of("audit.what.child.imported", written(child.displayName()))));
        if (++done % BATCH == 0) {
          entityManager.flush();
          progress.accept(10 + done * 80 / total);
        }
      }
      for (Map.Entry<Child, ChildDetails> change : toChange) {
        change.getKey().apply(change.getValue(), now);
        events.publishEvent(
            new ChildRecordChanged(
                change.getKey().id(),
                user.id(),
                user.displayName(),
                role,
                ChildRecordChanged.Action.UPDATE,
                Happened.of("audit.what.child.changedByImport")));
        if (++done % BATCH == 0) {
          entityManager.flush();
          progress.accept(10 + done * 80 / total);
        }
      }
      entityManager.flush();
      progress.accept(90);
    } finally {
      session.setJdbcBatchSize(batchSize);
    }
  }

  /**
   * The school's roll, by name: for its census extract and check. Its SENCO or administrator only;
   * for anyone else the school has no roll (404).
   */
  @Transactional(readOnly = true)
  public List<ChildSummary> roll(CurrentUser user, UUID schoolId) {
    if (!mayImportAt(user, schoolId)) {
      throw org.goldenthread.web.NotFound.error();
    }
    return children.roll(schoolId).stream().map(child -> child.summary(null)).toList();
  }

  /** The children already recorded with these UPNs, by UPN, in one query per thousand. */
  /**
   * The ids of the school's children with these UPNs (as written in a file), by UPN in its usual
   * form ({@link Upn#normalise}); a UPN no child of the school has is left out.
   */
  @Transactional(readOnly = true)
  public Map<String, UUID> childIds(UUID schoolId, Collection<String> upns) {
    Map<String, UUID> ids = new HashMap<>();
    existing(upns)
        .forEach(
            (upn, child) -> {
              if (child.schoolId().equals(schoolId)) {
                ids.put(upn, child.id());
              }
            });
    return ids;
  }

  /**
   * The ids of the children with these UPNs on other schools' rolls, by UPN in its usual form: the
   * pupils of a Common Transfer File whose move to the school is proposed.
   */
  @Transactional(readOnly = true)
  public Map<String, UUID> childIdsElsewhere(UUID schoolId, Collection<String> upns) {
    Map<String, UUID> ids = new HashMap<>();
    existing(upns)
        .forEach(
            (upn, child) -> {
              if (!child.schoolId().equals(schoolId)) {
                ids.put(upn, child.id());
              }
            });
    return ids;
  }

  private Map<String, Child> existing(List<Pupil> pupils) {
    return existing(pupils.stream().map(Pupil::upn).toList());
  }

  private Map<String, Child> existing(Collection<String> written) {
    List<String> upns =
        written.stream().map(Upn::normalise).filter(Objects::nonNull).distinct().toList();
    Map<String, Child> byUpn = new HashMap<>();
    for (int from = 0; from < upns.size(); from += 1000) {
      Collection<String> some = upns.subList(from, Math.min(upns.size(), from + 1000));
      children.findByUpnIn(some).forEach(child -> byUpn.put(child.upn(), child));
    }
    return byUpn;
  }

  /**
   * The record the pupil's line asks for. What the file does not carry (home languages, an
   * interpreter, pronouns) stays as recorded.
   */
  private static ChildDetails details(Pupil pupil, UUID schoolId, Child match) {
    ChildSummary now = match == null ? null : match.summary(null);
    return new ChildDetails(
        pupil.givenName(),
        pupil.familyName(),
        pupil.preferredName(),
        pupil.dateOfBirth(),
        pupil.upn(),
        schoolId,
        pupil.yearGroup(),
        pupil.senStatus(),
        pupil.primaryNeed(),
        pupil.secondaryNeed(),
        now == null ? List.of() : now.homeLanguages(),
        now != null && now.interpreterNeeded(),
        now == null ? null : now.pronouns());
  }

  private static boolean same(Child child, ChildDetails d) {
    ChildSummary now = child.summary(null);
    return Objects.equals(now.givenName(), d.givenName())
        && Objects.equals(now.familyName(), d.familyName())
        && Objects.equals(now.preferredName(), d.preferredName())
        && Objects.equals(now.dateOfBirth(), d.dateOfBirth())
        && Objects.equals(now.yearGroup(), d.yearGroup())
        && now.senStatus() == d.senStatus()
        && now.primaryNeed() == d.primaryNeed()
        && now.secondaryNeed() == d.secondaryNeed();
  }
}
