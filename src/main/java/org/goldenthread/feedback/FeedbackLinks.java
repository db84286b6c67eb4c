package org.goldenthread.feedback;

import java.util.UUID;

/** The addresses of the feedback pages. */
public final class FeedbackLinks {

  private FeedbackLinks() {}

  public static String meeting(UUID meetingId) {
    return "/meetings/" + meetingId + "/feedback";
  }

  public static String review(UUID childId, UUID reviewId) {
    return "/children/" + childId + "/reviews/" + reviewId + "/feedback";
  }

  public static String authority(UUID authorityId) {
    return "/authorities/" + authorityId + "/feedback";
  }

  public static String school(UUID schoolId) {
    return "/schools/" + schoolId + "/feedback";
  }
}
