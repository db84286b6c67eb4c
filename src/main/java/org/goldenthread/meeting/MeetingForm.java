package org.goldenthread.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;
import org.springframework.validation.BindingResult;

/**
 * A meeting as typed on the booking or change form: the date in three boxes, the time in one
 * ("10:30am"), the length in minutes, the invitees ticked (the parents and the organiser are always
 * invited, so they have no box) and the agenda one item a line. Kept as typed, so that nothing is
 * lost when the page is shown again with an error.
 */
record MeetingForm(
    String kind,
    DateInput date,
    String time,
    String durationMinutes,
    String location,
    List<String> inviteeIds,
    String agenda,
    Long version) {

  static MeetingForm of(MeetingKind kind, List<UUID> invitees, List<String> agenda) {
    return new MeetingForm(
        kind == null ? null : kind.name(),
        DateInput.empty(),
        "",
        Integer.toString(MeetingInput.DEFAULT_MINUTES),
        "",
        invitees.stream().map(UUID::toString).toList(),
        String.join("\n", agenda),
        null);
  }

  static MeetingForm of(MeetingView meeting) {
    return new MeetingForm(
        meeting.kind().name(),
        DateInput.of(MeetingTimes.dateOf(meeting.startsAt())),
        TimeOfDay.format(MeetingTimes.timeOf(meeting.startsAt())),
        Integer.toString(meeting.durationMinutes()),
        meeting.location(),
        meeting.inviteeIds().stream().map(UUID::toString).toList(),
        String.join("\n", meeting.agenda()),
        meeting.version());
  }

  /**
   * The details entered. What cannot be read is rejected beside its field, and left out: a missing
   * start makes the service refuse the meeting, so nothing half-read is ever saved.
   */
  MeetingDetails details(BindingResult binding) {
    LocalDate day = null;
    if (date == null || date.isBlank()) {
      binding.rejectValue("date", "meeting.form.error.date");
    } else {
      day = date.toLocalDate().orElse(null);
      if (day == null) {
        binding.rejectValue("date", "meeting.form.error.date.real");
      }
    }
    LocalTime at = null;
    if (time == null || time.isBlank()) {
      binding.rejectValue("time", "meeting.form.error.time");
    } else {
      at = TimeOfDay.parse(time).orElse(null);
      if (at == null) {
        binding.rejectValue("time", "meeting.form.error.time.real");
      }
    }
    Integer minutes = null;
    if (durationMinutes != null && !durationMinutes.isBlank()) {
      try {
        minutes = Integer.parseInt(durationMinutes.strip());
      } catch (NumberFormatException e) {
        binding.rejectValue("durationMinutes", "meeting.error.duration");
      }
    }
    Instant startsAt = day == null || at == null ? null : MeetingTimes.startsAt(day, at);
    return new MeetingDetails(
        PageForms.choice(MeetingKind.class, kind),
        startsAt,
        minutes,
        location == null ? "" : location,
        inviteeIds == null
            ? List.of()
            : inviteeIds.stream().map(PageForms::id).filter(Objects::nonNull).toList(),
        agenda == null ? List.of() : agenda.lines().toList());
  }
}
