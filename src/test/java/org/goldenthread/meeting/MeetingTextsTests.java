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
 * The texts that pages and mail look up at run time from a meeting's values (its kind, status, the
 * kinds of preparation, the prompts) are all in messages.properties.
 */
class MeetingTextsTests {

  @Test
  void everyLabelAndPromptLookedUpAtRunTimeExists() throws IOException {
    Properties messages = EnglishMessages.load();
    List<String> keys = new ArrayList<>();
    for (MeetingKind kind : MeetingKind.values()) {
      keys.add("meeting.kind." + kind.name());
    }
    for (MeetingStatus status : MeetingStatus.values()) {
      keys.add("meeting.status." + status.name());
    }
    for (ContributionKind kind : ContributionKind.values()) {
      keys.add("meeting.contribution." + kind.name());
    }
    for (ActionStatus status : ActionStatus.values()) {
      keys.add("meeting.action.status." + status.name());
      keys.add("mail.meeting.closed.action." + status.name());
    }
    MeetingPreparation.PROMPTS.forEach(prompt -> keys.add(prompt.messageKey()));
    assertThat(keys).allMatch(messages::containsKey, "is in messages.properties");
    assertThat(messages.getProperty("meeting.prompt.worksAtHome"))
        .isEqualTo("What works well at home is…");
  }
}
