package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.goldenthread.web.EnglishMessages;
import org.junit.jupiter.api.Test;

/**
 * The plan pages look many of their words up by a prefix and a value of an enum ({@code
 * 'plan.area.' + need.area}), which the template key scan cannot check: every value has its words.
 */
class PlanPageMessagesTests {

  @Test
  void everyValueShownOnThePlanPagesHasItsWords() throws IOException {
    Properties messages = EnglishMessages.load();
    List<String> keys = new ArrayList<>();
    for (PlanItemKind kind : PlanItemKind.values()) {
      for (String prefix :
          List.of(
              "plan.kind.",
              "plan.page.add.",
              "plan.form.add.",
              "plan.form.edit.",
              "plan.form.intro.",
              "plan.form.add.button.",
              "plan.form.added.",
              "plan.form.saved.",
              "plan.form.removed.",
              "plan.form.remove.",
              "plan.form.remove.title.")) {
        keys.add(prefix + kind.name());
      }
    }
    for (BreakKind kind : BreakKind.values()) {
      keys.add("plan.page.break." + kind.name());
      keys.add("plan.page.mend." + kind.name());
    }
    for (Participation level : Participation.values()) {
      keys.add("plan.participation.level." + level.name());
      keys.add("plan.participation.next." + level.name());
    }
    for (AreaOfNeed area : AreaOfNeed.values()) {
      keys.add("plan.area." + area.name());
    }
    for (Voice voice : Voice.values()) {
      keys.add("plan.voice." + voice.name());
    }
    for (OutcomeStatus status : OutcomeStatus.values()) {
      keys.add("plan.status." + status.name());
    }
    for (DelivererRole role : DelivererRole.values()) {
      keys.add("plan.role." + role.name());
      if (role != DelivererRole.OTHER) {
        keys.add("plan.role.named." + role.name());
      }
    }
    for (UsedAt usedAt : UsedAt.values()) {
      keys.add("plan.usedAt." + usedAt.name());
    }
    for (PlanRights.AgreementRole role : PlanRights.AgreementRole.values()) {
      keys.add("plan.agreement.role." + role.name());
    }
    for (PlanHistory.Change change : PlanHistory.Change.values()) {
      keys.add("plan.item.change." + change.name());
    }
    for (org.goldenthread.child.Relationship relationship :
        org.goldenthread.child.Relationship.values()) {
      keys.add("plan.item.role." + relationship.name());
    }
    for (String agreement : List.of("NONE", "CURRENT", "EARLIER")) {
      keys.add("plan.panel.agreement." + agreement);
    }
    assertThat(keys.stream().filter(key -> !messages.containsKey(key)).toList())
        .as("plan page words missing from messages.properties")
        .isEmpty();
  }
}
