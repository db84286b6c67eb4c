package org.goldenthread.worker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Teams;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The team around the worker: the lead professional asks the child's professional team for support
 * on the case, the team answers in a thread, and the lead or the SENCO resolves it with a closing
 * note or reopens it. Who may do what is {@link SupportRights}; for anyone outside the team the
 * requests do not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class SupportRequests {

  static final int MOST_SUBJECT = 200;
  static final int MOST_TEXT = 10_000;

  /** The most open requests the SENCO's home lists; the rest are on each child's page. */
  static final int MOST_ON_HOME = 20;

  private final SupportRequestRepository requests;
  private final SupportReplyRepository replies;
  private final ChildAccess access;
  private final Children children;
  private final Teams teams;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SupportRequests(
      SupportRequestRepository requests,
      SupportReplyRepository replies,
      ChildAccess access,
      Children children,
      Teams teams,
      Accounts accounts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.requests = requests;
    this.replies = replies;
    this.access = access;
    this.children = children;
    this.teams = teams;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person is on the child's professional team and reads its support requests. */
  public boolean sees(AccessibleChild child) {
    return SupportRights.sees(child.grant());
  }

  public boolean mayAsk(AccessibleChild child) {
    return SupportRights.mayAsk(child.grant());
  }

  public boolean mayResolve(AccessibleChild child) {
    return SupportRights.mayResolve(child.grant());
  }

  /** The child's requests, open ones first, then newest first, a page at a time; 404 outside. */
  public PageOf<SupportRequestView> forChild(AccessibleChild child, int page, int size) {
    requireSees(child);
    return PageOf.of(
        requests.findOfChild(child.id(), PageOf.request(page, size)),
        request -> request.view(List.of()));
  }

  /** The child's open requests, oldest first, for the team (empty for anyone else, unread). */
  public List<SupportRequestView> openForChild(AccessibleChild child) {
    if (!sees(child)) {
      return List.of();
    }
    return requests.findOpenOfChild(child.id()).stream()
        .map(request -> request.view(List.of()))
        .toList();
  }

  /** The request with its thread; 404 outside the team or for another child's request. */
  public SupportRequestView get(AccessibleChild child, UUID requestId) {
    requireSees(child);
    SupportRequest request = find(child, requestId);
    return request.view(thread(request.id()));
  }

  /** The lead professional asks the team for support, now. */
  @Transactional
  public SupportRequestView ask(AccessibleChild child, SupportInput input) {
    requireSees(child);
    if (!mayAsk(child)) {
      throw ChildAccess.forbidden();
    }
    List<FieldMessage> problems = new ArrayList<>();
    if (input.kind() == null) {
      problems.add(new FieldMessage("kind", "worker.error.kind"));
    }
    String subject = TextRules.tidy(input.subject());
    if (subject == null) {
      problems.add(new FieldMessage("subject", "worker.error.subject"));
    } else if (subject.length() > MOST_SUBJECT) {
      problems.add(new FieldMessage("subject", "worker.error.subjectTooLong"));
    } else {
      TextRules.problem(subject).ifPresent(key -> problems.add(new FieldMessage("subject", key)));
    }
    String text = text(input.text(), "text", "worker.error.text", problems);
    LocalDate today = LocalDate.now(clock);
    if (input.kind() == SupportKind.JOINT_VISIT) {
      if (input.visitOn() == null) {
        problems.add(new FieldMessage("visitOn", "worker.error.visitOn"));
      } else if (input.visitOn().isBefore(today)) {
        problems.add(new FieldMessage("visitOn", "worker.error.visitPast"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    CurrentUser user = child.user();
    SupportRequest request =
        requests.saveAndFlush(
            new SupportRequest(
                child.id(),
                input.kind(),
                subject,
                text,
                input.visitOn(),
                user.id(),
                user.displayName(),
                clock.instant()));
    events.publishEvent(
        child.changed(ChildRecordChanged.Action.CREATE, Happened.of("audit.what.support.asked")));
    events.publishEvent(
        new SupportAsked(
            request.id(), child.id(), input.kind(), subject, user.id(), user.displayName()));
    return request.view(List.of());
  }

  /** Someone on the team answers in the thread of an open request. */
  @Transactional
  public SupportReplyView reply(AccessibleChild child, UUID requestId, String entered) {
    requireSees(child);
    SupportRequest request = findForChange(child, requestId);
    if (request.status() != SupportStatus.OPEN) {
      throw resolvedAlready();
    }
    List<FieldMessage> problems = new ArrayList<>();
    String text = text(entered, "text", "worker.error.reply", problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    CurrentUser user = child.user();
    Instant now = clock.instant();
    SupportReply reply =
        replies.save(new SupportReply(request.id(), text, user.id(), user.displayName(), now));
    request.replied(now);
    requests.saveAndFlush(request);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.support.answered")));
    events.publishEvent(
        new SupportAnswered(
            request.id(),
            reply.id(),
            child.id(),
            request.subject(),
            user.id(),
            user.displayName()));
    return reply.view();
  }

  /**
   * Resolves a request with a closing note, or reopens it: the lead professional or the SENCO, from
   * the version they read (a stale one is a 409 with nothing changed).
   */
  @Transactional
  public SupportRequestView changeStatus(
      AccessibleChild child, UUID requestId, SupportStatus status, String note, Long version) {
    requireSees(child);
    if (!mayResolve(child)) {
      throw ChildAccess.forbidden();
    }
    List<FieldMessage> problems = new ArrayList<>();
    if (status == null) {
      problems.add(new FieldMessage("status", "worker.error.status"));
    }
    if (version == null) {
      problems.add(new FieldMessage("version", "worker.error.version"));
    }
    String closing =
        status == SupportStatus.RESOLVED ? text(note, "note", "worker.error.note", problems) : null;
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    SupportRequest request = findForChange(child, requestId);
    EditConflict.check(version, request.version());
    if (request.status() == status) {
      return request.view(thread(request.id()));
    }
    if (status == SupportStatus.RESOLVED) {
      request.resolve(closing, child.user().displayName(), clock.instant());
    } else {
      request.reopen();
    }
    SupportRequest saved = requests.saveAndFlush(request);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                status == SupportStatus.RESOLVED
                    ? "audit.what.support.resolved"
                    : "audit.what.support.reopened")));
    return saved.view(thread(saved.id()));
  }

  /** Whether the child's case has any support request: the demo data loads once. */
  public boolean anyFor(AccessibleChild child) {
    return requests.existsByChildId(child.id());
  }

  /** Whether the person's home lists open support requests: a SENCO of some school. */
  public boolean listsOpenAtSchools(CurrentUser user) {
    return !user.organisationsWhere(Role.SENCO).isEmpty();
  }

  /**
   * The open requests of the children at the schools where the person is SENCO, oldest first, in
   * one statement (a SENCO sees every child of her school, so none needs the door again).
   */
  public List<OpenRequest> openAtSchools(CurrentUser user) {
    Collection<UUID> schools = user.organisationsWhere(Role.SENCO);
    if (schools.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return requests.findOpenAtSchools(schools, MOST_ON_HOME).stream()
        .map(
            row -> {
              LocalDate askedOn = LocalDate.ofInstant(row.getAskedAt(), SupportRequest.ENGLAND);
              return new OpenRequest(
                  row.getId(),
                  row.getChildId(),
                  row.getChildName(),
                  SupportKind.valueOf(row.getKind()),
                  row.getSubject(),
                  row.getAskedByName(),
                  askedOn,
                  java.time.temporal.ChronoUnit.DAYS.between(askedOn, today),
                  row.getReplies());
            })
        .toList();
  }

  /**
   * The accounts that read the child's support requests now: everyone on the team and the school's
   * SENCOs, less those the rules leave out (the family). For the inbox, which asks the door again.
   */
  public Set<UUID> audience(UUID childId) {
    ChildSummary child = children.find(childId).orElse(null);
    if (child == null) {
      return Set.of();
    }
    Set<UUID> candidates = new LinkedHashSet<>(teams.accountsOnTeam(childId));
    candidates.addAll(accounts.holding(Role.SENCO, child.schoolId()));
    Set<UUID> audience = new LinkedHashSet<>();
    for (UUID candidate : candidates) {
      accounts
          .findById(candidate)
          .flatMap(user -> access.grant(user, childId))
          .filter(SupportRights::sees)
          .ifPresent(grant -> audience.add(candidate));
    }
    return audience;
  }

  /** The page of a support request. */
  public static String page(UUID childId, UUID requestId) {
    return "/children/" + childId + "/support-requests/" + requestId;
  }

  private List<SupportReplyView> thread(UUID requestId) {
    return replies.findByRequestIdOrderByWrittenAtAsc(requestId).stream()
        .map(SupportReply::view)
        .toList();
  }

  private void requireSees(AccessibleChild child) {
    if (!sees(child)) {
      throw NotFound.error();
    }
  }

  private SupportRequest find(AccessibleChild child, UUID requestId) {
    return requests
        .findById(requestId)
        .filter(r -> r.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private SupportRequest findForChange(AccessibleChild child, UUID requestId) {
    return requests
        .findForChange(requestId)
        .filter(r -> r.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private static String text(
      String entered, String field, String missingKey, List<FieldMessage> problems) {
    String text = TextRules.tidy(entered);
    if (text == null) {
      problems.add(new FieldMessage(field, missingKey));
    } else if (text.length() > MOST_TEXT) {
      problems.add(new FieldMessage(field, "worker.error.tooLong"));
    } else {
      TextRules.problem(text).ifPresent(key -> problems.add(new FieldMessage(field, key)));
    }
    return text;
  }

  static ErrorResponseException resolvedAlready() {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, "api.problem.supportResolved");
  }

  /** An open request as the SENCO's home lists it, with the days it has waited. */
  public record OpenRequest(
      UUID id,
      UUID childId,
      String childName,
      SupportKind kind,
      String subject,
      String askedByName,
      LocalDate askedOn,
      long daysWaiting,
      int replies) {}
}
