package org.goldenthread.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.message.Messages;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's contact log: staff on the child's team record contacts with the family; everyone who
 * may see the child reads them. And when each family was last in touch, by any channel.
 */
@Service
@Transactional(readOnly = true)
public class ContactLog {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final int WITH_MAX = 200;
  static final int TEXT_MAX = 10_000;

  private final ContactEntryRepository entries;
  private final Messages messages;
  private final Meetings meetings;
  private final Clock clock;

  ContactLog(ContactEntryRepository entries, Messages messages, Meetings meetings, Clock clock) {
    this.entries = entries;
    this.messages = messages;
    this.meetings = meetings;
    this.clock = clock;
  }

  /** The page of a child's contact log. */
  public static String page(UUID childId) {
    return "/children/" + childId + "/contacts";
  }

  /**
   * Whether the person may record contacts: staff who see the child (school staff, professionals on
   * the team with consent, officers), not the family or the child.
   */
  public boolean mayRecord(AccessibleChild child) {
    return child.grant().relationships().stream()
        .anyMatch(
            r -> r != Relationship.PARENT && r != Relationship.FAMILY && r != Relationship.CHILD);
  }

  /**
   * Records a contact.
   *
   * @throws org.springframework.web.ErrorResponseException 403 for the family
   * @throws ValidationProblem naming each field that breaks a rule
   */
  @Transactional
  public ContactView record(AccessibleChild child, NewContact entered) {
    child.require(Permission.READ_RECORD);
    if (!mayRecord(child)) {
      throw ChildAccess.forbidden();
    }
    NewContact contact =
        new NewContact(
            entered.on(),
            entered.how(),
            TextRules.tidy(entered.with()),
            tidyText(entered.summary()),
            tidyText(entered.agreed()));
    List<FieldMessage> problems = new ArrayList<>();
    if (contact.on() == null) {
      problems.add(new FieldMessage("on", "contact.error.on.missing"));
    } else if (contact.on().isAfter(LocalDate.now(clock.withZone(ENGLAND)))) {
      problems.add(new FieldMessage("on", "contact.error.on.future"));
    }
    if (contact.how() == null) {
      problems.add(new FieldMessage("how", "contact.error.how"));
    }
    if (contact.with() == null) {
      problems.add(new FieldMessage("with", "contact.error.with.missing"));
    } else if (contact.with().length() > WITH_MAX) {
      problems.add(new FieldMessage("with", "contact.error.with.tooLong"));
    }
    if (contact.summary() == null) {
      problems.add(new FieldMessage("summary", "contact.error.summary.missing"));
    } else if (contact.summary().length() > TEXT_MAX) {
      problems.add(new FieldMessage("summary", "contact.error.text.tooLong"));
    }
    if (contact.agreed() != null && contact.agreed().length() > TEXT_MAX) {
      problems.add(new FieldMessage("agreed", "contact.error.text.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    ContactEntry saved =
        entries.save(
            new ContactEntry(
                child.id(),
                contact,
                child.user().id(),
                child.user().displayName(),
                clock.instant()));
    return saved.view();
  }

  /** One page of the child's log, newest first. */
  public Page<ContactView> entries(AccessibleChild child, Pageable pageable) {
    child.require(Permission.READ_RECORD);
    return entries
        .findByChildIdOrderByOnDescRecordedAtDesc(child.id(), pageable)
        .map(ContactEntry::view);
  }

  /** When the child's family was last in touch, if ever. */
  public java.util.Optional<LastInTouch> lastInTouch(AccessibleChild child) {
    child.require(Permission.READ_RECORD);
    return java.util.Optional.ofNullable(lastInTouchOf(List.of(child.id())).get(child.id()));
  }

  /**
   * When each of these children's families was last in touch, for those ever in touch: three
   * queries whatever their number (the log, the family's messages, the meetings held with them),
   * read once per page view. For children already checked at the door.
   */
  Map<UUID, LastInTouch> lastInTouchOf(Collection<UUID> childIds) {
    return OncePerPageView.byKey(
        ContactLog.class.getName() + ".lastInTouch", childIds, this::workOut);
  }

  private Map<UUID, LastInTouch> workOut(Collection<UUID> childIds) {
    Map<UUID, LastInTouch> last = new HashMap<>();
    if (childIds.isEmpty()) {
      return last;
    }
    for (ContactEntryRepository.Latest entry : entries.latestOf(childIds)) {
      last.put(entry.getChildId(), new LastInTouch(entry.getOnDate(), entry.getHow()));
    }
    merge(last, messages.lastFromFamily(childIds), LastInTouch.MESSAGE);
    merge(last, meetings.lastHeldWithFamily(childIds), LastInTouch.MEETING);
    return last;
  }

  private static void merge(Map<UUID, LastInTouch> last, Map<UUID, Instant> at, String channel) {
    at.forEach(
        (child, instant) ->
            last.merge(
                child,
                new LastInTouch(instant.atZone(ENGLAND).toLocalDate(), channel),
                LastInTouch::later));
  }

  private static String tidyText(String text) {
    return TextRules.tidy(text == null ? null : text.replace("\r\n", "\n"));
  }
}
