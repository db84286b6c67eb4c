package org.goldenthread.family;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Permission;
import org.goldenthread.child.RecordLock;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family asks professionals to take into account: culture, religion, parenting
 * arrangements and circumstances. Seen only by the family, the SENCO and the lead professional;
 * changed by those of them who may edit the family. Its version is 0 until it is first saved, then
 * one more with each save, so that two people saving at once (even the first time) never overwrite
 * each other: one of them gets a conflict.
 */
@Service
@Transactional(readOnly = true)
public class FamilyContexts {

  private final FamilyContextRepository contexts;
  private final RecordLock lock;
  private final ApplicationEventPublisher events;

  FamilyContexts(
      FamilyContextRepository contexts, RecordLock lock, ApplicationEventPublisher events) {
    this.contexts = contexts;
    this.lock = lock;
    this.events = events;
  }

  public FamilyContextView context(AccessibleChild child) {
    child.require(Permission.READ_CIRCUMSTANCES);
    return contexts
        .findById(child.id())
        .map(FamilyContext::view)
        .orElse(new FamilyContextView(null, null, null, null, 0));
  }

  /** Saves the context; {@code version} is the version read (0 before it was first saved). */
  @Transactional
  public FamilyContextView update(AccessibleChild child, long version, FamilyContextView entered) {
    AccessibleChild now =
        lock.lock(child).require(Permission.READ_CIRCUMSTANCES).require(Permission.EDIT_FAMILY);
    FamilyContextView tidy =
        new FamilyContextView(
            text("culture", entered.culture()),
            text("religion", entered.religion()),
            text("parentingArrangements", entered.parentingArrangements()),
            text("circumstances", entered.circumstances()),
            version);
    FamilyContext context =
        contexts.findById(now.id()).orElseGet(() -> new FamilyContext(now.id()));
    EditConflict.check(version, context.version());
    context.apply(tidy);
    FamilyContext saved = contexts.saveAndFlush(context);
    events.publishEvent(
        now.changed(ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.family.context")));
    return saved.view();
  }

  private static String text(String field, String value) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed != null && trimmed.length() > FamilyRules.MAX_TEXT) {
      throw ValidationProblem.of(field, "child.family.error.tooLong");
    }
    return trimmed == null || trimmed.isEmpty() ? null : trimmed;
  }
}
