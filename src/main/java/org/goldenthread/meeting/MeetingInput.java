package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.stereotype.Component;

/** Tidies and checks what is entered for a meeting, listing every problem at once. */
@Component
class MeetingInput {

  static final int DEFAULT_MINUTES = 60;
  static final int MIN_MINUTES = 5;
  static final int MAX_MINUTES = 480;
  static final int MAX_LOCATION = 500;
  static final int MAX_AGENDA_ITEMS = 30;
  static final int MAX_AGENDA_ITEM = 500;
  static final int MAX_TEXT = 10_000;

  /** A new meeting: kind, start and place are needed; the length is an hour when left out. */
  MeetingDetails forNew(MeetingDetails d) {
    List<FieldMessage> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(new FieldMessage("kind", "meeting.error.kind"));
    }
    if (d.startsAt() == null) {
      problems.add(new FieldMessage("startsAt", "meeting.error.startsAt"));
    }
    int minutes = d.durationMinutes() == null ? DEFAULT_MINUTES : d.durationMinutes();
    String location = trim(d.location());
    List<String> agenda = agenda(d.agenda(), problems);
    check(minutes, location, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new MeetingDetails(d.kind(), d.startsAt(), minutes, location, d.inviteeIds(), agenda);
  }

  /** A change: what is left out is taken from the meeting as it is. */
  MeetingDetails forChange(MeetingDetails d, Meeting meeting) {
    List<FieldMessage> problems = new ArrayList<>();
    int minutes = d.durationMinutes() == null ? meeting.durationMinutes() : d.durationMinutes();
    String location = d.location() == null ? meeting.location() : trim(d.location());
    List<String> agenda = d.agenda() == null ? meeting.agenda() : agenda(d.agenda(), problems);
    check(minutes, location, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new MeetingDetails(
        d.kind() == null ? meeting.kind() : d.kind(),
        d.startsAt() == null ? meeting.startsAt() : d.startsAt(),
        minutes,
        location,
        d.inviteeIds() == null
            ? meeting.invitees().stream().map(Invitee::userId).toList()
            : d.inviteeIds(),
        agenda);
  }

  Minutes minutes(Minutes m) {
    List<FieldMessage> problems = new ArrayList<>();
    Minutes tidy =
        new Minutes(
            text("notes", m.notes(), problems),
            text("parentView", m.parentView(), problems),
            text("childView", m.childView(), problems),
            text("decisions", m.decisions(), problems));
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return tidy;
  }

  static String text(String field, String value, List<FieldMessage> problems) {
    String trimmed = trim(value);
    if (trimmed != null && trimmed.length() > MAX_TEXT) {
      problems.add(new FieldMessage(field, "meeting.error.tooLong"));
    }
    return trimmed;
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static void check(int minutes, String location, List<FieldMessage> problems) {
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      problems.add(new FieldMessage("durationMinutes", "meeting.error.duration"));
    }
    if (location == null) {
      problems.add(new FieldMessage("location", "meeting.error.location"));
    } else if (location.length() > MAX_LOCATION) {
      problems.add(new FieldMessage("location", "meeting.error.locationTooLong"));
    }
  }

  private static List<String> agenda(List<String> entered, List<FieldMessage> problems) {
    if (entered == null) {
      return null;
    }
    List<String> items =
        entered.stream().map(MeetingInput::trim).filter(item -> item != null).toList();
    if (items.size() > MAX_AGENDA_ITEMS
        || items.stream().anyMatch(item -> item.length() > MAX_AGENDA_ITEM)) {
      problems.add(new FieldMessage("agenda", "meeting.error.agenda"));
    }
    return items;
  }
}
