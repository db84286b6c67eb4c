package org.goldenthread.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Happened;
import org.goldenthread.document.DocumentKind;
import org.goldenthread.document.DocumentView;
import org.goldenthread.document.Documents;
import org.goldenthread.document.StoredFile;
import org.goldenthread.document.UploadedFile;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * Views of the child and of the family: recorded by them or by an adult for them ({@link
 * ViewRights}), answered by the school or the lead professional with what was done about it, and
 * closed when that was fed back to the child or family. A view is an open loop until then, and its
 * age shows. Every read and change goes through the child's door first (an {@link
 * AccessibleChild}).
 */
@Service
@Transactional(readOnly = true)
public class Views {

  /** What was said, or the response: far more than anyone writes; longer is refused, not cut. */
  static final int MOST_TEXT = 10_000;

  /** The Lundy fields and how it was fed back: a few sentences each. */
  static final int MOST_NOTE = 2_000;

  private final ViewRepository views;
  private final ViewSubjects subjects;
  private final ChildAccess access;
  private final Documents documents;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Views(
      ViewRepository views,
      ViewSubjects subjects,
      ChildAccess access,
      Documents documents,
      ApplicationEventPublisher events,
      Clock clock) {
    this.views = views;
    this.subjects = subjects;
    this.access = access;
    this.documents = documents;
    this.events = events;
    this.clock = clock;
  }

  /** The child's views, newest first, a page at a time; with a status, only those. */
  public PageOf<RecordedView> forChild(
      AccessibleChild child, ViewStatus status, int page, int size) {
    PageRequest asked = PageOf.request(page, size);
    PageRequest sorted =
        PageRequest.of(
            asked.getPageNumber(),
            asked.getPageSize(),
            Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.asc("id")));
    LocalDate today = today();
    return PageOf.of(
        views.findOfChild(
            child.id(),
            shownTo(child),
            status == null ? EnumSet.allOf(ViewStatus.class) : EnumSet.of(status),
            sorted),
        view -> view.view(today, zone()));
  }

  /** Every view of the child the person sees, newest first, read once per page view. */
  public List<RecordedView> allForChild(AccessibleChild child) {
    LocalDate today = today();
    Set<Whose> shown = shownTo(child);
    return views.ofChild(child.id()).stream()
        .filter(v -> shown.contains(v.whose()))
        .map(v -> v.view(today, zone()))
        .toList();
  }

  /**
   * Whose views the person sees: a child's own account under 16 sees the child's views only, since
   * the family's may speak of the family's circumstances; everyone else sees both.
   */
  private static Set<Whose> shownTo(AccessibleChild child) {
    return child.grant().isChildUnderSixteenOnly()
        ? EnumSet.of(Whose.CHILD)
        : EnumSet.allOf(Whose.class);
  }

  /** The child's open loops (not yet fed back), oldest first. */
  public List<RecordedView> openLoops(AccessibleChild child) {
    return allForChild(child).stream()
        .filter(RecordedView::openLoop)
        .sorted(Comparator.comparing(RecordedView::recordedAt))
        .toList();
  }

  /** The child's views with a response ("you said, we did"), newest first. */
  public List<RecordedView> answered(AccessibleChild child) {
    return allForChild(child).stream().filter(v -> v.response() != null).toList();
  }

  /**
   * The child's views about one plan item or meeting, oldest first: for a meeting's page to link
   * them rather than copy their words (from the same read as {@link #allForChild}).
   */
  public List<RecordedView> about(AccessibleChild child, UUID aboutId) {
    return allForChild(child).stream()
        .filter(v -> aboutId.equals(v.aboutId()))
        .sorted(Comparator.comparing(RecordedView::recordedAt))
        .toList();
  }

  /** The child's view, or 404. */
  public RecordedView get(AccessibleChild child, UUID viewId) {
    return find(child, viewId).view(today(), zone());
  }

  /** The view, for someone who may see its child; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID viewId) {
    if (user == null || viewId == null) {
      throw NotFound.error();
    }
    View view = views.findById(viewId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, view.childId());
    if (!shownTo(child).contains(view.whose())) {
      throw NotFound.error();
    }
    return new Opened(child, view.view(today(), zone()));
  }

  /** The same, recorded in the child's audit trail as a read (a write, so not read-only). */
  @Transactional
  public Opened read(CurrentUser user, UUID viewId) {
    Opened opened = open(user, viewId);
    AccessibleChild child = opened.child();
    events.publishEvent(
        new ChildRecordRead(
            child.id(),
            user.id(),
            user.displayName(),
            child.grant().principal(),
            "audit.part.view"));
    return opened;
  }

  /** Whose views the person may record for the child (none: they may not record any). */
  public Set<Whose> mayRecord(AccessibleChild child) {
    return ViewRights.mayRecord(child);
  }

  /** Whether the person records the response to the child's views. */
  public boolean mayRespond(AccessibleChild child) {
    return ViewRights.mayRespond(child);
  }

  /** Whether the person is the child themself (their own page speaks to them). */
  public boolean isTheChild(AccessibleChild child) {
    return ViewRights.isTheChild(child);
  }

  /**
   * Records a view, now, by the person: their own, or for the child or family.
   *
   * @throws ValidationProblem naming each field missing or wrong
   */
  @Transactional
  public RecordedView record(AccessibleChild child, ViewInput input) {
    ViewInput checked = checked(child, input);
    CurrentUser user = child.user();
    View view =
        views.saveAndFlush(
            new View(child.id(), checked, user.id(), user.displayName(), clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.CREATE,
            Happened.of(
                input.whose() == Whose.CHILD
                    ? "audit.what.view.child"
                    : "audit.what.view.family")));
    events.publishEvent(
        new ViewRecorded(view.id(), child.id(), input.whose(), user.id(), user.displayName()));
    return view.view(today(), zone());
  }

  /**
   * Records a view said as a picture, a drawing or a recording: the view is checked first, then the
   * file is kept among the child's documents (checked for its type, size and viruses), then the
   * view with it. Nothing is kept when either is refused.
   *
   * @throws ValidationProblem naming each field of the view missing or wrong
   * @throws org.goldenthread.document.DocumentRefused the file is too large, of a type not kept, or
   *     not safe
   */
  @Transactional
  public RecordedView record(AccessibleChild child, ViewInput input, UploadedFile file) {
    if (file == null) {
      return record(child, input);
    }
    ViewInput checked = checked(child, input);
    String title =
        checked.whose() == Whose.CHILD
            ? "The child’s view, as a picture or recording"
            : "The family’s view, as a picture or recording";
    DocumentView kept = documents.upload(child, title, DocumentKind.VIEW.name(), file);
    return record(child, checked.withDocument(kept.id()));
  }

  /** The picture, drawing or recording that came with the child's view, or 404. */
  public StoredFile attachment(AccessibleChild child, UUID viewId) {
    UUID document = find(child, viewId).view(today(), zone()).documentId();
    if (document == null) {
      throw NotFound.error();
    }
    return documents.file(child, document);
  }

  /** The largest picture or recording a view may come with. */
  public DataSize attachmentLimit() {
    return documents.maxSize();
  }

  /** The type of the file that came with the view (its detected type), or null for none. */
  public String attachmentType(AccessibleChild child, RecordedView view) {
    return view.documentId() == null ? null : documents.get(child, view.documentId()).contentType();
  }

  /** The view tidied, when the person may record it and it keeps every rule. */
  private ViewInput checked(AccessibleChild child, ViewInput input) {
    Set<Whose> allowed = ViewRights.mayRecord(child);
    if (allowed.isEmpty()) {
      throw ChildAccess.forbidden();
    }
    List<FieldMessage> problems = new ArrayList<>();
    if (input.whose() == null) {
      problems.add(new FieldMessage("whose", "voice.error.whose"));
    } else if (!allowed.contains(input.whose())) {
      problems.add(new FieldMessage("whose", "voice.error.whoseOwn"));
    }
    String text = text("text", input.text(), MOST_TEXT, "voice.error.text", problems);
    if (input.aboutId() != null) {
      if (input.aboutKind() == null || !input.aboutKind().named()) {
        problems.add(new FieldMessage("aboutId", "voice.error.aboutIdWithoutKind"));
      } else if (subjects.find(child, input.aboutKind(), input.aboutId()).isEmpty()) {
        problems.add(new FieldMessage("aboutId", "voice.error.aboutId"));
      }
    }
    String space = text("space", input.space(), MOST_NOTE, null, problems);
    String voice = text("voice", input.voice(), MOST_NOTE, null, problems);
    String audience = text("audience", input.audience(), MOST_NOTE, null, problems);
    if (input.documentId() != null && !childsDocument(child, input.documentId())) {
      problems.add(new FieldMessage("documentId", "voice.error.documentId"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new ViewInput(
        input.whose(),
        text,
        input.feeling(),
        input.aboutKind(),
        input.aboutId(),
        space,
        voice,
        input.method(),
        audience,
        input.documentId());
  }

  private boolean childsDocument(AccessibleChild child, UUID documentId) {
    try {
      documents.get(child, documentId);
      return true;
    } catch (ErrorResponseException notFound) {
      return false;
    }
  }

  /**
   * Records the response to a view ("you said, we did", or why not) and, when given, the day it was
   * fed back to the child or family, which closes the loop. An answered view not yet fed back may
   * be answered again with the version read, to record its feedback day.
   *
   * @param version the version read; null answers an open view as it is (a view already answered
   *     needs the version)
   */
  @Transactional
  public RecordedView respond(
      AccessibleChild child, UUID viewId, ResponseInput input, Long version) {
    View view =
        views
            .findForResponse(viewId)
            .filter(v -> v.childId().equals(child.id()))
            .orElseThrow(NotFound::error);
    if (!ViewRights.mayRespond(child)) {
      throw ChildAccess.forbidden();
    }
    if (view.status() == ViewStatus.FED_BACK
        || (version == null && view.status() == ViewStatus.ANSWERED)) {
      throw alreadyAnswered(view.status());
    }
    if (version != null) {
      EditConflict.check(version, view.version());
    }
    List<FieldMessage> problems = new ArrayList<>();
    String response =
        text(
            "response",
            input.response(),
            MOST_TEXT,
            view.response() == null ? "voice.error.response" : null,
            problems);
    String how = text("how", input.how(), MOST_NOTE, null, problems);
    LocalDate today = today();
    LocalDate fedBackOn = input.fedBackOn();
    if (fedBackOn != null && fedBackOn.isAfter(today)) {
      problems.add(new FieldMessage("fedBackOn", "voice.error.fedBackOn.future"));
    } else if (fedBackOn != null && fedBackOn.isBefore(view.recordedOn(zone()))) {
      problems.add(new FieldMessage("fedBackOn", "voice.error.fedBackOn.beforeView"));
    }
    if (view.response() != null && response == null && fedBackOn == null && problems.isEmpty()) {
      problems.add(new FieldMessage("fedBackOn", "voice.error.fedBackOn.missing"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    CurrentUser user = child.user();
    view.respond(response, how, fedBackOn, user.id(), user.displayName(), clock.instant());
    View saved = views.saveAndFlush(view);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                saved.status() == ViewStatus.FED_BACK
                    ? "audit.what.view.fedBack"
                    : "audit.what.view.answered")));
    events.publishEvent(
        new ViewAnswered(
            saved.id(),
            child.id(),
            saved.status(),
            saved.fedBackOn(),
            saved.recordedById(),
            user.id(),
            user.displayName()));
    return saved.view(today, zone());
  }

  /**
   * How many of the child's views had a response by {@code until} (null: by now), for the plan's
   * participation ladder.
   */
  int answeredBy(UUID childId, Instant until) {
    return (int)
        views.ofChild(childId).stream()
            .filter(v -> v.respondedAt() != null)
            .filter(v -> until == null || v.respondedAt().isBefore(until))
            .count();
  }

  private View find(AccessibleChild child, UUID viewId) {
    return views
        .findById(viewId)
        .filter(v -> v.childId().equals(child.id()) && shownTo(child).contains(v.whose()))
        .orElseThrow(NotFound::error);
  }

  /**
   * The text tidied, with a problem for it when it is missing (and {@code missingKey} says it must
   * be there), too long, or holds control characters.
   */
  private static String text(
      String field, String entered, int most, String missingKey, List<FieldMessage> problems) {
    String text = TextRules.tidy(entered);
    if (text == null) {
      if (missingKey != null) {
        problems.add(new FieldMessage(field, missingKey));
      }
    } else if (text.length() > most) {
      problems.add(
          new FieldMessage(
              field, most == MOST_TEXT ? "voice.error.tooLong" : "voice.error.noteTooLong"));
    } else {
      TextRules.problem(text).ifPresent(key -> problems.add(new FieldMessage(field, key)));
    }
    return text;
  }

  static ErrorResponseException alreadyAnswered(ViewStatus status) {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT,
        ProblemTypes.EDIT_CONFLICT,
        status == ViewStatus.FED_BACK ? "api.problem.viewFedBack" : "api.problem.viewAnswered");
  }

  /** Today in England, as views count their age. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  /** A view opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, RecordedView view) {}
}
