package org.goldenthread.meeting;

import java.util.Locale;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.Teams;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a meeting's letters name the person who did what they are about: by name, with their role at
 * the child's school ("SENCO at Riverside Academy") or on the child's team ("Speech and language
 * therapist, Northshire Speech and Language Therapy").
 */
@Component
class MeetingSenders {

  private final Teams teams;
  private final MessageSource messages;

  MeetingSenders(Teams teams, MessageSource messages) {
    this.teams = teams;
    this.messages = messages;
  }

  MeetingSender of(AccessibleChild who, String schoolName) {
    return new MeetingSender(who.user().id(), who.user().displayName(), role(who, schoolName));
  }

  private String role(AccessibleChild who, String schoolName) {
    Set<Relationship> relationships = who.grant().relationships();
    for (Relationship staff : new Relationship[] {Relationship.SENCO, Relationship.HEAD}) {
      if (relationships.contains(staff)) {
        return text("meeting.sender." + staff.name(), schoolName);
      }
    }
    for (TeamMemberView member : teams.current(who)) {
      if (who.user().id().equals(member.userId())) {
        String organisation =
            member.organisation() == null || member.organisation().isBlank()
                ? schoolName
                : member.organisation();
        return text(
            "meeting.sender.team", text("child.team.role." + member.role().name()), organisation);
      }
    }
    return text(
        relationships.contains(Relationship.TEACHER)
            ? "meeting.sender.TEACHER"
            : "meeting.sender.other",
        schoolName);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
