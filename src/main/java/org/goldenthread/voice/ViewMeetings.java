package org.goldenthread.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;

/**
 * The port through which views learn which of the child's meetings a view can be about, so that
 * this module never imports {@code meeting}: {@code meeting} implements it, and links the views
 * about a meeting on the meeting's page through {@link Views}.
 */
public interface ViewMeetings {

  /** The child's meetings that are not cancelled, newest first (at most {@code limit}). */
  List<MeetingToTalkAbout> of(AccessibleChild child, int limit);

  /** A meeting as a view names it: {@code kind} is the meeting's kind, as its name. */
  record MeetingToTalkAbout(UUID id, String kind, Instant startsAt) {}
}
