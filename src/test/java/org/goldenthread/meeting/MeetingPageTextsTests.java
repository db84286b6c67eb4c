package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.web.EnglishMessages;
import org.junit.jupiter.api.Test;

/**
 * The texts the meeting pages look up at run time from values (the kinds of preparation a parent or
 * a professional is offered, where an action stands, the banners after changing one) are all in
 * messages.properties.
 */
class MeetingPageTextsTests {

  @Test
  void everyTextThePagesLookUpAtRunTimeExists() throws IOException {
    Properties messages = EnglishMessages.load();
    List<String> keys = new ArrayList<>();
    for (ContributionKind kind : ContributionKind.values()) {
      keys.add("meeting.preparation.kind." + kind.name());
    }
    PreparationPageController.FOR_PARENTS.forEach(k -> keys.add("meeting.prepare.parent." + k));
    PreparationPageController.FOR_STAFF.forEach(k -> keys.add("meeting.prepare.staff." + k));
    for (ActionStatus status : ActionStatus.values()) {
      keys.add("meeting.action.tag." + status.name());
      keys.add("meeting.action.choice." + status.name());
      keys.add("meeting.banner.action." + status.name());
    }
    for (MeetingKind kind : MeetingKind.values()) {
      keys.add("meeting.kind." + kind.name() + ".hint");
    }
    assertThat(keys).allMatch(messages::containsKey, "is in messages.properties");
  }
}
