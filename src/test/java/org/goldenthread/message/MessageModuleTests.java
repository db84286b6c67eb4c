package org.goldenthread.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Messages with only what they depend on: a message a parent sends publishes {@link MessageSent}
 * with its thread, child, author and subject, marked as from the family.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class MessageModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Messages messages;
  @Autowired ChildAccess access;

  @Test
  void aMessageSentPublishesMessageSent(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    String email = "parent+" + java.util.UUID.randomUUID() + "@module.example";
    Pupils.Pupil pupil =
        new Pupils(context, school).pupil("Ada", "Sent").withParent(email, "Eve Sent").add();
    AccessibleChild asParent = access.open(new Pupils(context, school).user(email), pupil.id());

    scenario
        .stimulate(
            () ->
                messages.send(asParent, new NewMessage(null, "Hello", "A first word", null, null)))
        .andWaitForEventOfType(MessageSent.class)
        .matching(sent -> sent.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (sent, view) -> {
              assertThat(sent.messageId()).isEqualTo(view.id());
              assertThat(sent.threadId()).isEqualTo(view.threadId());
              assertThat(sent.authorId()).isEqualTo(pupil.parentId());
              assertThat(sent.authorName()).isEqualTo("Eve Sent");
              assertThat(sent.fromFamily()).isTrue();
              assertThat(sent.subject()).isEqualTo("Hello");
            });
  }

  @Test
  void theUnreadOnAHomeAreAboutTheChildrenThePersonSeesOnlyAndNeverTheirOwnWords() {
    FreshSchool school = FreshSchool.open(context);
    FreshSchool other = FreshSchool.open(context);
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    Pupils.Pupil ada =
        new Pupils(context, school)
            .pupil("Ada", "Unread" + tag)
            .withParent("ada." + tag + "@module.example", "Eve Unread")
            .add();
    Pupils.Pupil ben =
        new Pupils(context, other)
            .pupil("Ben", "Elsewhere" + tag)
            .withParent("ben." + tag + "@module.example", "Sam Elsewhere")
            .add();
    AccessibleChild adaAsParent =
        access.open(new Pupils(context, school).user("ada." + tag + "@module.example"), ada.id());
    AccessibleChild benAsParent =
        access.open(new Pupils(context, other).user("ben." + tag + "@module.example"), ben.id());
    messages.send(adaAsParent, new NewMessage(null, "Hello", "A first word", null, null));
    messages.send(adaAsParent, new NewMessage(null, "Again", "A second word", null, null));
    messages.send(benAsParent, new NewMessage(null, "Hello", "Another school", null, null));
    messages.send(
        access.open(school.senco(), ada.id()),
        new NewMessage(null, "From school", "The SENCO's own words", null, null));

    assertThat(messages.unreadByChild(school.senco()))
        .as("two from Ada's family; none about the other school's pupil; not her own")
        .containsExactly(java.util.Map.entry(ada.id(), 2));
    assertThat(messages.unreadByChild(adaAsParent.user()))
        .as("the SENCO's message, for Ada's parent")
        .containsExactly(java.util.Map.entry(ada.id(), 1));
  }
}
