package org.goldenthread.family;

import static org.goldenthread.child.Happened.written;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents and carers brought in with a school's pupil import (the contacts of a Common Transfer
 * File): each is checked by the family rules, and added to their child's family unless the family
 * has someone of that name already, so that importing the same file again adds no one. The importer
 * (the data-exchange module) has checked who may import; it calls this in the import's own
 * transaction, so a contact that breaks a rule means nothing is imported.
 */
@Service
public class FamilyImports {

  /** A contact as a file gives it, on its line of the file. */
  public record Contact(
      int line,
      String name,
      String email,
      String phone,
      FamilyRelationship relationship,
      boolean parentalResponsibility) {}

  /** One child's contacts; the child's id is none when the import has yet to add the child. */
  public record ChildContacts(UUID childId, List<Contact> contacts) {}

  /** A contact's field that breaks a family rule: its line, the field and the message key. */
  public record Problem(int line, String field, String message) {}

  private final FamilyMemberRepository members;
  private final ApplicationEventPublisher events;

  FamilyImports(FamilyMemberRepository members, ApplicationEventPublisher events) {
    this.members = members;
    this.events = events;
  }

  /** The rules each contact breaks, named {@code contact.<field>}. */
  public static List<Problem> problems(Collection<Contact> contacts) {
    List<Problem> problems = new ArrayList<>();
    for (Contact contact : contacts) {
      try {
        FamilyRules.check(FamilyRules.tidy(details(contact)));
      } catch (ValidationProblem broken) {
        broken
            .errors()
            .forEach(
                error ->
                    problems.add(
                        new Problem(contact.line(), "contact." + error.field(), error.message())));
      }
    }
    return problems;
  }

  /**
   * How many of the contacts each child's family does not have yet (by name, in any case); a child
   * not yet on the roll ({@code null} id) has none.
   */
  @Transactional(readOnly = true)
  public int missing(List<ChildContacts> byChild) {
    return toAdd(byChild).size();
  }

  /**
   * Adds the contacts each child's family does not have yet, with an entry in each child's record
   * of who brought them in; answers how many were added.
   */
  @Transactional
  public int add(List<ChildContacts> byChild, UUID userId, String userName, Relationship role) {
    List<FamilyMember> added =
        toAdd(byChild.stream().filter(child -> child.childId() != null).toList());
    members.saveAll(added);
    for (FamilyMember member : added) {
      events.publishEvent(
          new ChildRecordChanged(
              member.childId(),
              userId,
              userName,
              role,
              ChildRecordChanged.Action.CREATE,
              Happened.of("audit.what.family.imported", written(member.name()))));
    }
    return added.size();
  }

  private List<FamilyMember> toAdd(List<ChildContacts> byChild) {
    Set<String> known = new HashSet<>();
    List<UUID> children =
        byChild.stream().map(ChildContacts::childId).filter(id -> id != null).toList();
    if (!children.isEmpty()) {
      members
          .findByChildIdIn(children)
          .forEach(member -> known.add(key(member.childId().toString(), member.name())));
    }
    List<FamilyMember> added = new ArrayList<>();
    int newChild = 0;
    for (ChildContacts child : byChild) {
      String who = child.childId() == null ? "new " + newChild++ : child.childId().toString();
      for (Contact contact : child.contacts()) {
        FamilyMemberDetails details = FamilyRules.tidy(details(contact));
        if (known.add(key(who, details.name()))) {
          added.add(new FamilyMember(child.childId(), details));
        }
      }
    }
    return added;
  }

  private static String key(String child, String name) {
    return child + "|" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
  }

  private static FamilyMemberDetails details(Contact contact) {
    return new FamilyMemberDetails(
        contact.name(),
        contact.email(),
        contact.phone(),
        contact.relationship(),
        contact.parentalResponsibility(),
        null,
        null,
        null,
        null,
        false,
        null);
  }
}
