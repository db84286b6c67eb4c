package org.goldenthread.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Teams;
import org.goldenthread.document.DocumentShared;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.inbox.InboxItems.NewItem;
import org.goldenthread.message.MessageSent;
import org.goldenthread.message.Messages;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.plan.ProvisionChanged;
import org.goldenthread.request.RequestAnswered;
import org.goldenthread.request.RequestMade;
import org.goldenthread.request.RequestTo;
import org.goldenthread.statutory.DeadlineNoticeDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox items from what happens about a child: a new message (for the family members with accounts,
 * the team and the school's SENCOs, all but its author), a request made (for those who answer it)
 * and answered (for whoever asked), a deadline coming or missed (for those {@link
 * DeadlineNoticeAudience} names), a change to agreed support (for the parents with accounts), and
 * new evidence from the family (for the school's SENCOs, who respond to it). {@link InboxItems#add}
 * asks the child's door about each person first.
 */
@Component
class InboxFromEvents {

  private final InboxItems inbox;
  private final Children children;
  private final Families families;
  private final Teams teams;
  private final Accounts accounts;
  private final Organisations organisations;
  private final DeadlineNoticeAudience deadlines;
  private final FamilyLetters family;
  private final InboxWords words;
  private final Clock clock;

  InboxFromEvents(
      InboxItems inbox,
      Children children,
      Families families,
      Teams teams,
      Accounts accounts,
      Organisations organisations,
      DeadlineNoticeAudience deadlines,
      FamilyLetters family,
      InboxWords words,
      Clock clock) {
    this.inbox = inbox;
    this.children = children;
    this.families = families;
    this.teams = teams;
    this.accounts = accounts;
    this.organisations = organisations;
    this.deadlines = deadlines;
    this.family = family;
    this.words = words;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(MessageSent event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    Set<UUID> readers = new LinkedHashSet<>();
    readers.addAll(families.accountsByChild(Set.of(child.id())).getOrDefault(child.id(), Set.of()));
    readers.addAll(teams.accountsOnTeam(child.id()));
    readers.addAll(accounts.holding(Role.SENCO, child.schoolId()));
    inbox.add(
        readers,
        () ->
            new NewItem(
                InboxKind.MESSAGE,
                child.id(),
                words.text("inbox.title.message", child.displayName(), event.subject()),
                Messages.page(child.id(), event.threadId()),
                event.sentAt(),
                "message:" + event.messageId(),
                event.authorId(),
                false));
  }

  @ApplicationModuleListener
  void on(RequestMade event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    Set<UUID> answering = new LinkedHashSet<>();
    if (event.to() == RequestTo.SCHOOL) {
      answering.addAll(accounts.holding(Role.SENCO, child.schoolId()));
      answering.addAll(accounts.holding(Role.HEAD, child.schoolId()));
    } else {
      organisations
          .school(child.schoolId())
          .ifPresent(
              school ->
                  answering.addAll(accounts.holding(Role.AUTHORITY_OFFICER, school.authorityId())));
    }
    inbox.add(
        answering,
        () ->
            new NewItem(
                InboxKind.REQUEST,
                child.id(),
                words.text(
                    "inbox.title.request",
                    child.displayName(),
                    words.date(event.dueOn()),
                    words.text("request.kind." + event.kind().name()),
                    event.madeByName()),
                requestPage(child.id(), event.requestId()),
                clock.instant(),
                "request:" + event.requestId(),
                event.madeById(),
                false));
  }

  @ApplicationModuleListener
  void on(RequestAnswered event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null || event.madeById() == null) {
      return;
    }
    inbox.add(
        Set.of(event.madeById()),
        () ->
            new NewItem(
                InboxKind.REQUEST,
                child.id(),
                words.text(
                    "inbox.title.requestAnswered",
                    child.displayName(),
                    words.text("request.decision." + event.decision().name()),
                    event.answeredByName()),
                requestPage(child.id(), event.requestId()),
                clock.instant(),
                "request-answer:" + event.requestId(),
                null,
                false));
  }

  @ApplicationModuleListener
  void on(DeadlineNoticeDue event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    Set<UUID> concerned = new LinkedHashSet<>();
    deadlines.parents(child.id()).stream().map(FamilyAddressee::userId).forEach(concerned::add);
    concerned.addAll(deadlines.staffWhoAct(event.owner(), child.schoolId()));
    inbox.add(
        concerned,
        () ->
            new NewItem(
                InboxKind.DEADLINE,
                child.id(),
                words.text(
                    "inbox.title.deadline." + event.notice().name(),
                    words.date(event.lastDay()),
                    InboxWords.lowerFirst(words.text("deadline.kind." + event.kind())),
                    child.displayName()),
                event.page() != null ? event.page() : "/children/" + child.id(),
                clock.instant(),
                String.join(
                    ":",
                    "deadline",
                    String.valueOf(event.subjectId() != null ? event.subjectId() : child.id()),
                    event.kind().name(),
                    event.lastDay().toString(),
                    event.notice().name()),
                null,
                true));
  }

  @ApplicationModuleListener
  void on(ProvisionChanged event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null) {
      return;
    }
    inbox.add(
        family.parents(child.id()).stream().map(FamilyAddressee::userId).toList(),
        () ->
            new NewItem(
                InboxKind.PROVISION_CHANGE,
                child.id(),
                words.text(
                    "inbox.title.provision." + event.kind().name().toLowerCase(Locale.ROOT),
                    child.displayName(),
                    event.description()),
                "/children/" + child.id() + "/plan/provisions/" + event.itemId(),
                clock.instant(),
                null,
                event.actorId(),
                true));
  }

  @ApplicationModuleListener
  void on(DocumentShared event) {
    ChildSummary child = children.find(event.childId()).orElse(null);
    if (child == null || !event.byFamily()) {
      return;
    }
    inbox.add(
        accounts.holding(Role.SENCO, child.schoolId()),
        () ->
            new NewItem(
                InboxKind.EVIDENCE,
                child.id(),
                words.text(
                    "inbox.title.evidence",
                    child.displayName(),
                    event.uploadedByName(),
                    event.title(),
                    event.responseDue() == null ? "" : words.date(event.responseDue())),
                "/children/" + child.id() + "/documents/" + event.documentId(),
                event.sharedAt(),
                "document:" + event.documentId(),
                event.uploadedById(),
                false));
  }

  static String requestPage(UUID childId, UUID requestId) {
    return "/children/" + childId + "/requests/" + requestId;
  }
}
