package org.goldenthread.message;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.child.Permission;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's threads of messages between the family and the team. Everyone who may see the child may
 * read and write; a thread of another child is never found through this one.
 */
@Service
@Transactional(readOnly = true)
public class Messages {

  /** Where messages are kept, for the door: which children have any. */
  private static final ChildRecordTable WITH_MESSAGES = ChildRecordTable.of("message");

  public static final int SUBJECT_MAX = 200;
  public static final int TEXT_MAX = 10_000;

  private final MessageThreadRepository threads;
  private final MessageRepository messages;
  private final MessageReceipts receipts;
  private final ChildAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Messages(
      MessageThreadRepository threads,
      MessageRepository messages,
      MessageReceipts receipts,
      ChildAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.threads = threads;
    this.messages = messages;
    this.receipts = receipts;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The page of a child's thread. */
  public static String page(UUID childId, UUID threadId) {
    return "/children/" + childId + "/messages/" + threadId;
  }

  /**
   * Sends a message: a reply in the child's thread {@code threadId}, or the first of a new thread.
   * Whoever writes has read the thread up to their message.
   *
   * @throws ValidationProblem naming each field that breaks a rule; a thread that is not this
   *     child's is a problem with {@code threadId}, whether it exists or not
   */
  @Transactional
  public MessageView send(AccessibleChild child, NewMessage input) {
    child.require(Permission.READ_RECORD);
    String text = body(input.text());
    List<FieldMessage> problems = new ArrayList<>();
    if (text == null) {
      problems.add(new FieldMessage("text", "message.error.text.missing"));
    } else if (text.length() > TEXT_MAX) {
      problems.add(new FieldMessage("text", "message.error.text.tooLong"));
    }
    MessageThread thread;
    Instant now = clock.instant();
    CurrentUser me = child.user();
    if (input.threadId() != null) {
      thread = threads.findByIdAndChildId(input.threadId(), child.id()).orElse(null);
      if (thread == null) {
        problems.add(0, new FieldMessage("threadId", "message.error.threadId"));
      }
    } else {
      String subject = TextRules.tidy(input.subject());
      if (subject == null) {
        problems.add(0, new FieldMessage("subject", "message.error.subject.missing"));
      } else if (subject.length() > SUBJECT_MAX) {
        problems.add(0, new FieldMessage("subject", "message.error.subject.tooLong"));
      }
      if ((input.aboutKind() == null) != (input.aboutId() == null)) {
        problems.add(
            new FieldMessage(
                input.aboutKind() == null ? "about.kind" : "about.id", "message.error.about"));
      }
      thread =
          problems.isEmpty()
              ? threads.save(
                  new MessageThread(
                      child.id(), subject, input.aboutKind(), input.aboutId(), me.id(), now))
              : null;
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    Message sent =
        messages.save(
            new Message(
                thread.id(),
                child.id(),
                me.id(),
                me.displayName(),
                child.grant().isFamily(),
                now,
                text));
    messages.flush();
    threads.touch(thread.id(), now);
    receipts.markRead(thread.id(), me.id(), me.displayName(), now);
    events.publishEvent(
        new MessageSent(
            sent.id(),
            thread.id(),
            child.id(),
            me.id(),
            me.displayName(),
            sent.fromFamily(),
            thread.subject(),
            now));
    return sent.view(List.of());
  }

  /** One page of the child's threads with their messages, newest activity first. */
  public Page<ThreadView> threads(AccessibleChild child, Pageable pageable) {
    child.require(Permission.READ_RECORD);
    Page<MessageThread> found =
        threads.findByChildIdOrderByLastMessageAtDescIdDesc(child.id(), pageable);
    return new PageImpl<>(
        views(found.getContent(), child.user().id()), pageable, found.getTotalElements());
  }

  /**
   * The child's thread, opened by the person: every message in it that others sent is marked read
   * by them.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not this child's thread
   */
  @Transactional
  public ThreadView open(AccessibleChild child, UUID threadId) {
    child.require(Permission.READ_RECORD);
    MessageThread thread =
        threads.findByIdAndChildId(threadId, child.id()).orElseThrow(NotFound::error);
    CurrentUser me = child.user();
    receipts.markRead(thread.id(), me.id(), me.displayName(), clock.instant());
    return views(List.of(thread), me.id()).get(0);
  }

  /** How many messages about the child the person has not read. */
  public int unread(AccessibleChild child) {
    return receipts.unreadOf(child.id(), child.user().id());
  }

  /**
   * The person's unread messages by child, for the children they may still see, the most unread
   * first: the door names those of them with messages (with the page's other kinds of record, in
   * its one statement), and one query counts their unread messages.
   */
  public Map<UUID, Integer> unreadByChild(CurrentUser user) {
    Map<UUID, Integer> counts =
        receipts.unreadByChild(access.visibleWithRecords(user, WITH_MESSAGES), user.id());
    return counts.entrySet().stream()
        .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * When someone last wrote as one of each child's family, for those of these children with any
   * such message: one query, for other capabilities that already went through the door.
   */
  public Map<UUID, Instant> lastFromFamily(Collection<UUID> childIds) {
    return receipts.lastFromFamily(childIds);
  }

  private List<ThreadView> views(List<MessageThread> found, UUID me) {
    List<UUID> ids = found.stream().map(MessageThread::id).toList();
    Map<UUID, List<Message>> byThread =
        ids.isEmpty()
            ? Map.of()
            : messages.findByThreadIdInOrderBySentAtAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(Message::threadId));
    Map<UUID, List<String>> readers =
        receipts.readers(
            byThread.values().stream().flatMap(List::stream).map(Message::id).toList());
    Map<UUID, Integer> unread = receipts.unreadByThread(ids, me);
    return found.stream()
        .map(
            thread ->
                new ThreadView(
                    thread.id(),
                    thread.childId(),
                    thread.subject(),
                    thread.about(),
                    thread.lastMessageAt(),
                    unread.getOrDefault(thread.id(), 0),
                    byThread.getOrDefault(thread.id(), List.of()).stream()
                        .map(m -> m.view(readers.getOrDefault(m.id(), List.of())))
                        .toList()))
        .toList();
  }

  /** The text as kept: line breaks as {@code \n}, no spaces around it; null when empty. */
  static String body(String text) {
    return TextRules.tidy(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
  }
}
