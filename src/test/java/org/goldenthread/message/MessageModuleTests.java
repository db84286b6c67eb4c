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
}
