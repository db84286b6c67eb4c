package org.goldenthread.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.RecordInPathResolver;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Turns the {@code {meetingId}} of a request path into an {@link AccessibleMeeting} through {@link
 * MeetingAccess} (and so through the child's door); each read is in the child's audit trail.
 */
@Component
class AccessibleMeetingResolver extends RecordInPathResolver<AccessibleMeeting> {

  static final String MEETING_VARIABLE = "meetingId";

  private final Supplier<MeetingAccess> access;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleMeetingResolver(
      ObjectProvider<MeetingAccess> access, ApplicationEventPublisher events) {
    super(AccessibleMeeting.class, MEETING_VARIABLE, events);
    this.access = SingletonSupplier.of(access::getObject);
  }

  @Override
  protected AccessibleMeeting open(CurrentUser user, UUID id) {
    return access.get().open(user, id);
  }

  @Override
  protected AccessibleChild childOf(AccessibleMeeting record) {
    return record.child();
  }

  /**
   * {@code audit.part.meeting}, or {@code audit.part.meeting.preparation} and so on for the segment
   * after the id, without a file extension (the calendar file {@code invite.ics} is the invite).
   */
  @Override
  protected String part(HttpServletRequest request) {
    String[] segments = request.getRequestURI().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if ("meetings".equals(segments[i]) && i + 2 < segments.length) {
        return "audit.part.meeting." + segments[i + 2].replaceFirst("\\.[A-Za-z0-9]+$", "");
      }
    }
    return "audit.part.meeting";
  }
}
