package org.goldenthread.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's daily digest for {@code day} was claimed (once, whichever app node got there first),
 * with every unread item of a kind they chose the digest for that no digest carried yet, newest
 * first: for the notifications, which send it.
 */
public record DigestDue(UUID userId, LocalDate day, List<Item> items) {

  public DigestDue {
    items = List.copyOf(items);
  }

  /** One item as the digest lists it. */
  public record Item(InboxKind kind, UUID childId, String title, String link) {}
}
