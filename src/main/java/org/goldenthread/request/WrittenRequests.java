package org.goldenthread.request;

import static org.goldenthread.child.Happened.words;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
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
import org.springframework.web.ErrorResponseException;

/**
 * Requests in writing: a parent, the young person or staff on the child's team asks the school or
 * the local authority for something, and whoever it was sent to answers in writing with a decision
 * and its reasons, by a due date worked out when it was made ({@link RequestDueDates}). The time it
 * took is kept; a request past its due date without an answer is late, for everyone to see.
 */
@Service
@Transactional(readOnly = true)
public class WrittenRequests {

  /** Far more than a letter: anything longer is refused, not cut. */
  static final int MOST_TEXT = 10_000;

  private final WrittenRequestRepository requests;
  private final RequestDueDates dueDates;
  private final ChildAccess access;
  private final Children children;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WrittenRequests(
      WrittenRequestRepository requests,
      RequestDueDates dueDates,
      ChildAccess access,
      Children children,
      Organisations organisations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.requests = requests;
    this.dueDates = dueDates;
    this.access = access;
    this.children = children;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** The child's requests, newest first, a page at a time. */
  public PageOf<RequestView> forChild(AccessibleChild child, int page, int size) {
    PageRequest asked = PageOf.request(page, size);
    LocalDate today = today();
    return PageOf.of(
        requests.findOfChild(
            child.id(),
            PageRequest.of(
                asked.getPageNumber(),
                asked.getPageSize(),
                Sort.by(Sort.Order.desc("madeOn"), Sort.Order.desc("madeAt")))),
        request -> request.view(child.displayName(), today));
  }

  /** Whether any request has been made for the child. */
  public boolean anyFor(AccessibleChild child) {
    return requests.existsByChildId(child.id());
  }

  /** The child's requests still awaiting an answer, soonest due first. */
  public List<RequestView> openForChild(AccessibleChild child) {
    LocalDate today = today();
    return requests.ofChild(child.id()).stream()
        .filter(request -> !request.answered())
        .sorted(Comparator.comparing(WrittenRequest::dueOn).thenComparing(WrittenRequest::madeOn))
        .map(request -> request.view(child.displayName(), today))
        .toList();
  }

  /** Whether the person answers requests to the school or the authority for some children. */
  public boolean answersRequests(CurrentUser user) {
    return user.has(Role.SENCO) || user.has(Role.HEAD) || user.has(Role.AUTHORITY_OFFICER);
  }

  /** The child's request, or 404. */
  public RequestView get(AccessibleChild child, UUID requestId) {
    return find(child, requestId).view(child.displayName(), today());
  }

  /** The request, for someone who may see its child; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID requestId) {
    if (user == null || requestId == null) {
      throw NotFound.error();
    }
    WrittenRequest request = requests.findById(requestId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, request.childId());
    return new Opened(child, request.view(child.displayName(), today()));
  }

  /** The same, recorded in the child's audit trail as a read (a write, so not read-only). */
  @Transactional
  public Opened read(CurrentUser user, UUID requestId) {
    Opened opened = open(user, requestId);
    AccessibleChild child = opened.child();
    events.publishEvent(
        new ChildRecordRead(
            child.id(),
            user.id(),
            user.displayName(),
            child.grant().principal(),
            "audit.part.request"));
    return opened;
  }

  public boolean mayMake(AccessibleChild child) {
    return RequestRights.mayMake(child);
  }

  public boolean mayAnswer(AccessibleChild child, RequestView request) {
    return request.open() && RequestRights.mayAnswer(child, request.to());
  }

  /**
   * Makes a request, today, with its due date; one for an EHC needs assessment to the authority
   * starts the clock.
   */
  @Transactional
  public RequestView make(AccessibleChild child, RequestInput input) {
    MadeBy by = RequestRights.maker(child).orElseThrow(ChildAccess::forbidden);
    List<FieldMessage> problems = new ArrayList<>();
    if (input.kind() == null) {
      problems.add(new FieldMessage("kind", "request.error.kind"));
    }
    if (input.to() == null) {
      problems.add(new FieldMessage("to", "request.error.to"));
    }
    String text = text(input.text(), "request.error.text", problems);
    boolean startsAssessment =
        input.kind() == RequestKind.EHC_ASSESSMENT && input.to() == RequestTo.LOCAL_AUTHORITY;
    if (startsAssessment && !RequestRights.mayAskForAssessment(child)) {
      problems.add(new FieldMessage("kind", "request.error.assessmentNotYours"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    LocalDate today = today();
    RequestDueDates.Due due = dueDates.due(child, input.kind(), input.to(), today, by);
    CurrentUser user = child.user();
    WrittenRequest request =
        requests.saveAndFlush(
            new WrittenRequest(
                child.id(),
                child.schoolId(),
                input.kind(),
                input.to(),
                text,
                today,
                due.dueOn(),
                user.id(),
                user.displayName(),
                by,
                due.assessmentId(),
                clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.CREATE,
            Happened.of(
                startsAssessment
                    ? "audit.what.request.madeClockStarted"
                    : "audit.what.request.made",
                words("audit.request.to." + input.to().name()),
                words("audit.request.kind." + input.kind().name()))));
    events.publishEvent(
        new RequestMade(
            request.id(),
            child.id(),
            input.kind(),
            input.to(),
            due.dueOn(),
            user.id(),
            user.displayName()));
    return request.view(child.displayName(), today);
  }

  /**
   * Answers a request in writing, today: only whoever it was sent to, and only once.
   *
   * @param version the version read, or null to answer what is there (a second answer is still a
   *     409)
   */
  @Transactional
  public RequestView answer(
      AccessibleChild child, UUID requestId, AnswerInput input, Long version) {
    WrittenRequest request =
        requests
            .findForAnswer(requestId)
            .filter(r -> r.childId().equals(child.id()))
            .orElseThrow(NotFound::error);
    if (!RequestRights.mayAnswer(child, request.addressedTo())) {
      throw ChildAccess.forbidden();
    }
    if (request.answered()) {
      throw alreadyAnswered();
    }
    if (version != null) {
      EditConflict.check(version, request.version());
    }
    List<FieldMessage> problems = new ArrayList<>();
    String text = text(input.text(), "request.error.answer", problems);
    if (input.decision() == null) {
      problems.add(new FieldMessage("decision", "request.error.decision"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    LocalDate today = today();
    CurrentUser user = child.user();
    request.answer(text, input.decision(), today, user.id(), user.displayName(), clock.instant());
    WrittenRequest saved = requests.saveAndFlush(request);
    boolean late = saved.lateOn(today);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                late ? "audit.what.request.answeredLate" : "audit.what.request.answered",
                words("audit.request.kind." + saved.kind().name()),
                words("audit.request.decision." + input.decision().name()))));
    events.publishEvent(
        new RequestAnswered(
            saved.id(),
            child.id(),
            saved.kind(),
            input.decision(),
            today,
            late,
            saved.madeById(),
            user.displayName()));
    return saved.view(child.displayName(), today);
  }

  /**
   * The requests on the person's home, read at once: for someone who answers requests, those
   * waiting for their answer across their children, late ones first; and those the person made that
   * are past their due date without an answer. Each only when the person may see its child.
   */
  public OnHome onHomeOf(CurrentUser user) {
    Set<UUID> schools = new HashSet<>(user.organisationsWhere(Role.SENCO));
    schools.addAll(user.organisationsWhere(Role.HEAD));
    Set<UUID> areaSchools = new HashSet<>();
    user.organisationsWhere(Role.AUTHORITY_OFFICER)
        .forEach(authority -> areaSchools.addAll(organisations.schoolIdsOf(authority)));
    LocalDate today = today();
    List<WrittenRequest> open =
        requests.findOpenToOrMadeBy(
            schools.toArray(UUID[]::new), areaSchools.toArray(UUID[]::new), user.id());
    Map<UUID, RequestView> visible =
        views(user, open, today).stream()
            .collect(Collectors.toMap(RequestView::id, Function.identity()));
    List<RequestView> awaiting =
        open.stream()
            .filter(r -> awaitsAnswerFrom(r, schools, areaSchools))
            .map(r -> visible.get(r.id()))
            .filter(Objects::nonNull)
            .sorted(
                Comparator.comparing((RequestView r) -> !r.late())
                    .thenComparing(RequestView::dueOn))
            .toList();
    List<RequestView> late =
        open.stream()
            .filter(r -> user.id().equals(r.madeById()) && r.lateOn(today))
            .map(r -> visible.get(r.id()))
            .filter(Objects::nonNull)
            .toList();
    return new OnHome(awaiting, late);
  }

  /** The requests on someone's home: awaiting their answer, and late among those they made. */
  public record OnHome(List<RequestView> awaiting, List<RequestView> late) {}

  private static boolean awaitsAnswerFrom(
      WrittenRequest request, Set<UUID> schools, Set<UUID> areaSchools) {
    return switch (request.addressedTo()) {
      case SCHOOL -> schools.contains(request.schoolId());
      case LOCAL_AUTHORITY -> areaSchools.contains(request.schoolId());
    };
  }

  /** The requests of these children, for the deadlines. */
  List<WrittenRequest> ofChildren(Set<UUID> childIds) {
    return childIds.isEmpty() ? List.of() : requests.findByChildIdInOrderByMadeOnDesc(childIds);
  }

  private List<RequestView> views(CurrentUser user, List<WrittenRequest> found, LocalDate today) {
    Set<UUID> visible =
        access.visibleAmong(
            user, found.stream().map(WrittenRequest::childId).collect(Collectors.toSet()));
    Map<UUID, String> names = children.displayNames(visible);
    return found.stream()
        .filter(r -> visible.contains(r.childId()))
        .map(r -> r.view(names.get(r.childId()), today))
        .toList();
  }

  private WrittenRequest find(AccessibleChild child, UUID requestId) {
    return requests
        .findById(requestId)
        .filter(r -> r.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private static String text(String entered, String missingKey, List<FieldMessage> problems) {
    String text = TextRules.tidy(entered);
    if (text == null) {
      problems.add(new FieldMessage("text", missingKey));
    } else if (text.length() > MOST_TEXT) {
      problems.add(new FieldMessage("text", "request.error.tooLong"));
    } else {
      TextRules.problem(text).ifPresent(key -> problems.add(new FieldMessage("text", key)));
    }
    return text;
  }

  static ErrorResponseException alreadyAnswered() {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, "api.problem.requestAnswered");
  }

  /** Today in England, as the requests count it. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A request opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, RequestView request) {}
}
