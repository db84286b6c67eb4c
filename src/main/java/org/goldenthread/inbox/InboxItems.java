package org.goldenthread.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.family.ReaderLanguages;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Language;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's inbox: the items put there for them, newest first, only about the children they may
 * see now (an item about a child they can no longer see is hidden, and found by no id); read marks;
 * and the unread count for the navigation. An item is put there only for someone the child's door
 * lets see the child at that moment.
 */
@Service
@Transactional(readOnly = true)
public class InboxItems {

  private final InboxItemRepository items;
  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final ChildAccess access;
  private final ReaderLanguages languages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InboxItems(
      InboxItemRepository items,
      JdbcClient jdbc,
      Accounts accounts,
      ChildAccess access,
      ReaderLanguages languages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.items = items;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.access = access;
    this.languages = languages;
    this.events = events;
    this.clock = clock;
  }

  /** One page of the person's items, newest first; only the unread ones when asked. */
  public PageOf<InboxItemView> list(CurrentUser user, boolean unreadOnly, int page, int size) {
    return PageOf.of(page(user, unreadOnly, PageOf.request(page, size)), InboxItem::view);
  }

  /** The same as a Spring Data page, for the inbox page's pagination. */
  Page<InboxItem> page(CurrentUser user, boolean unreadOnly, Pageable pageable) {
    Set<UUID> visible = access.visibleAmong(user, items.childIdsOf(user.id()));
    if (visible.isEmpty()) {
      return new PageImpl<>(List.of(), pageable, 0);
    }
    return unreadOnly
        ? items.findByUserIdAndChildIdInAndReadAtIsNullOrderByAtDescIdDesc(
            user.id(), visible, pageable)
        : items.findByUserIdAndChildIdInOrderByAtDescIdDesc(user.id(), visible, pageable);
  }

  /**
   * How many of the person's items are unread, for the navigation: one count query, once per page
   * view. Items about a child the person lost their way to through a recorded ending (consent
   * withdrawn, off the team, a limit) are gone already ({@link #forget}); one about a child they
   * can no longer see for another reason (a move of school, a role taken away) is counted here
   * until they open their inbox, which shows the count through the door ({@link #unreadVisible}).
   * The navigation is drawn after the page's own transaction has ended: the one statement needs no
   * transaction of its own around it, so it is sent alone rather than between a BEGIN and a COMMIT.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public long unreadCount(CurrentUser user) {
    return OncePerPageView.get(
        InboxItems.class.getName() + ".unread." + user.id(),
        () -> items.countByUserIdAndReadAtIsNull(user.id()));
  }

  /** How many of the person's items about children they may see now are unread. */
  long unreadVisible(CurrentUser user) {
    List<Object[]> byChild = items.unreadByChild(user.id());
    if (byChild.isEmpty()) {
      return 0L;
    }
    Set<UUID> children = new HashSet<>();
    byChild.forEach(row -> children.add((UUID) row[0]));
    Set<UUID> visible = access.visibleAmong(user, children);
    return byChild.stream()
        .filter(row -> visible.contains((UUID) row[0]))
        .mapToLong(row -> ((Number) row[1]).longValue())
        .sum();
  }

  /** Takes every item about the child out of the person's inbox: they may no longer see it. */
  @Transactional
  void forget(UUID userId, UUID childId) {
    items.deleteAbout(userId, childId);
  }

  /**
   * Marks the person's item read and answers it.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not theirs, or is about a
   *     child they may no longer see
   */
  @Transactional
  public InboxItemView markRead(CurrentUser user, UUID itemId) {
    InboxItem item = visible(user, itemId);
    items.markRead(item.id(), user.id(), clock.instant());
    return new InboxItemView(
        item.id(), item.kind(), item.childId(), item.title(), item.link(), item.at(), true);
  }

  /** Marks every item of the person's that they may see read; answers how many were unread. */
  @Transactional
  public int markAllRead(CurrentUser user) {
    Set<UUID> visible = access.visibleAmong(user, items.childIdsOf(user.id()));
    return visible.isEmpty()
        ? 0
        : items.markAllRead(user.id(), visible.toArray(UUID[]::new), clock.instant());
  }

  private InboxItem visible(CurrentUser user, UUID itemId) {
    if (itemId == null) {
      throw NotFound.error();
    }
    return items
        .findByIdAndUserId(itemId, user.id())
        .filter(item -> access.grant(user, item.childId()).isPresent())
        .orElseThrow(NotFound::error);
  }

  /**
   * Puts the item in the inbox of each of these people who may see the child now (once per source:
   * a source given again adds nothing), and announces each one added.
   *
   * @return the people it was put in front of
   */
  @Transactional
  public List<UUID> add(Collection<UUID> userIds, NewItem item) {
    return add(userIds, () -> item);
  }

  /**
   * Puts the item, written in each person's language ({@link ReaderLanguages}: {@code item} is
   * called once for each language among them), in the inbox of each of these people who may see the
   * child now, as {@link #add(Collection, NewItem)} does.
   *
   * @return the people it was put in front of
   */
  @Transactional
  public List<UUID> add(Collection<UUID> userIds, Supplier<NewItem> write) {
    List<UUID> added = new java.util.ArrayList<>();
    Map<Language, NewItem> written = new EnumMap<>(Language.class);
    for (UUID userId : new java.util.LinkedHashSet<>(userIds)) {
      if (userId == null) {
        continue;
      }
      NewItem item =
          written.computeIfAbsent(languages.of(userId), language -> language.writing(write));
      if (userId.equals(item.fromId()) || !maySee(userId, item.childId())) {
        continue;
      }
      UUID id = UUID.randomUUID();
      int inserted =
          jdbc.sql(
                  """
                  insert into inbox_item (id, user_id, kind, child_id, title, link, at, source)
                  values (:id, :user, :kind, :child, :title, :link, :at, :source)
                  on conflict do nothing
                  """)
              .param("id", id)
              .param("user", userId)
              .param("kind", item.kind().name())
              .param("child", item.childId())
              .param("title", item.title())
              .param("link", item.link())
              .param("at", Timestamp.from(item.at()))
              .param("source", item.source())
              .update();
      if (inserted == 1) {
        added.add(userId);
        events.publishEvent(
            new InboxItemAdded(
                id,
                userId,
                item.kind(),
                item.childId(),
                item.title(),
                item.link(),
                item.at(),
                item.fromId(),
                item.byLetter()));
      }
    }
    return added;
  }

  private boolean maySee(UUID userId, UUID childId) {
    Optional<CurrentUser> user = accounts.findById(userId);
    return user.isPresent() && access.grant(user.get(), childId).isPresent();
  }

  /**
   * An item to put in inboxes.
   *
   * @param source what it comes from, so that it is added once per person ("message:…"); null for
   *     an item that may come again
   * @param fromId who did it (they get no item of their own doing), or null
   * @param byLetter a letter of its own goes for it (see {@link InboxItemAdded})
   */
  public record NewItem(
      InboxKind kind,
      UUID childId,
      String title,
      String link,
      Instant at,
      String source,
      UUID fromId,
      boolean byLetter) {}
}
