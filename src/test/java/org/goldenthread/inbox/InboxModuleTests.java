package org.goldenthread.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.document.DocumentShared;
import org.goldenthread.message.MessageSent;
import org.goldenthread.plan.ProvisionChanged;
import org.goldenthread.request.RequestKind;
import org.goldenthread.request.RequestMade;
import org.goldenthread.request.RequestTo;
import org.goldenthread.statutory.DeadlineNoticeDue;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox with only what it depends on, for a pupil with a parent at a school of its own: the
 * events of the other capabilities put items in the inboxes of those they concern, each once and
 * announced ({@link InboxItemAdded}), never for whoever did it, and never for someone the child's
 * door does not let see the child (the SENCO of another school).
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class InboxModuleTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  FreshSchool school;
  FreshSchool elsewhere;
  Pupils.Pupil pupil;

  @BeforeEach
  void aPupilWithHerMother() {
    school = FreshSchool.open(context);
    elsewhere = FreshSchool.open(context);
    String email = "mother+" + UUID.randomUUID() + "@module.example";
    pupil = new Pupils(context, school).pupil("Ada", "Inbox").withParent(email, "Eve Inbox").add();
  }

  @Test
  void aMessageFromTheSencoIsAnItemForTheParentAndNotForItsAuthor(Scenario scenario) {
    UUID message = UUID.randomUUID();
    UUID thread = UUID.randomUUID();
    scenario
        .publish(
            new MessageSent(
                message,
                thread,
                pupil.id(),
                school.senco().id(),
                school.senco().displayName(),
                false,
                "Reading",
                Instant.now()))
        .andWaitForEventOfType(InboxItemAdded.class)
        .matching(added -> added.childId().equals(pupil.id()))
        .toArriveAndVerify(
            added -> {
              assertThat(added.userId()).isEqualTo(pupil.parentId());
              assertThat(added.kind()).isEqualTo(InboxKind.MESSAGE);
              assertThat(added.title()).isEqualTo("New message about Ada Inbox: Reading");
              assertThat(added.link()).isEqualTo("/children/" + pupil.id() + "/messages/" + thread);
              assertThat(added.fromId()).isEqualTo(school.senco().id());
              assertThat(added.byLetter()).isFalse();
            });
    assertThat(holders()).containsExactly(pupil.parentId());
  }

  @Test
  void aMessageFromTheParentIsAnItemForTheSchoolsSenco(Scenario scenario) {
    scenario
        .publish(
            new MessageSent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                pupil.id(),
                pupil.parentId(),
                "Eve Inbox",
                true,
                "A question",
                Instant.now()))
        .andWaitForEventOfType(InboxItemAdded.class)
        .matching(added -> added.childId().equals(pupil.id()))
        .toArriveAndVerify(added -> assertThat(added.userId()).isEqualTo(school.senco().id()));
    assertThat(holders()).doesNotContain(elsewhere.senco().id(), pupil.parentId());
  }

  @Test
  void aRequestToTheSchoolIsAnItemForItsSenco(Scenario scenario) {
    scenario
        .publish(
            new RequestMade(
                UUID.randomUUID(),
                pupil.id(),
                RequestKind.SEN_SUPPORT,
                RequestTo.SCHOOL,
                LocalDate.of(2026, 12, 18),
                pupil.parentId(),
                "Eve Inbox"))
        .andWaitForEventOfType(InboxItemAdded.class)
        .matching(added -> added.childId().equals(pupil.id()))
        .toArriveAndVerify(
            added -> {
              assertThat(added.userId()).isEqualTo(school.senco().id());
              assertThat(added.kind()).isEqualTo(InboxKind.REQUEST);
              assertThat(added.title())
                  .isEqualTo(
                      "Request about Ada Inbox to answer by 18 December 2026: SEN support, from"
                          + " Eve Inbox");
            });
  }

  @Test
  void aDeadlineNoticeIsAnItemForTheParentsAndTheStaffWhoAct(Scenario scenario) {
    DeadlineNoticeDue notice =
        new DeadlineNoticeDue(
            pupil.id(),
            UUID.randomUUID(),
            DeadlineKind.REVIEW_REPORT,
            LocalDate.of(2026, 12, 18),
            DeadlineOwner.SCHOOL,
            null,
            DeadlineNoticeDue.Notice.MISSED,
            "/children/" + pupil.id() + "/annual-reviews/x");
    scenario
        .publish(notice)
        .andWaitForStateChange(() -> holders().size(), size -> size == 2)
        .andVerify(
            size ->
                assertThat(holders())
                    .containsExactlyInAnyOrder(pupil.parentId(), school.senco().id()));
    assertThat(titles())
        .containsOnly("Late: the report of the review for Ada Inbox was due by 18 December 2026");

    scenario
        .publish(notice)
        .andWaitForStateChange(() -> 1, one -> one == 1)
        .andVerify(one -> assertThat(holders()).as("once per notice").hasSize(2));
  }

  @Test
  void aChangeToSupportIsAnItemForTheParents(Scenario scenario) {
    UUID item = UUID.randomUUID();
    scenario
        .publish(
            new ProvisionChanged(
                pupil.id(),
                item,
                "Speech and language group",
                ProvisionChanged.Kind.PAUSED,
                "Therapist away",
                LocalDate.of(2026, 12, 1),
                null,
                school.senco().id(),
                school.senco().displayName()))
        .andWaitForEventOfType(InboxItemAdded.class)
        .matching(added -> added.childId().equals(pupil.id()))
        .toArriveAndVerify(
            added -> {
              assertThat(added.userId()).isEqualTo(pupil.parentId());
              assertThat(added.kind()).isEqualTo(InboxKind.PROVISION_CHANGE);
              assertThat(added.title())
                  .isEqualTo("Support for Ada Inbox is paused: Speech and language group");
              assertThat(added.link())
                  .isEqualTo("/children/" + pupil.id() + "/plan/provisions/" + item);
              assertThat(added.byLetter()).isTrue();
            });
  }

  @Test
  void newEvidenceFromTheFamilyIsAnItemForTheSchoolsSenco(Scenario scenario) {
    UUID document = UUID.randomUUID();
    scenario
        .publish(
            new DocumentShared(
                pupil.id(),
                document,
                "Letter from the paediatrician",
                pupil.parentId(),
                "Eve Inbox",
                true,
                LocalDate.of(2026, 12, 18),
                Instant.now()))
        .andWaitForEventOfType(InboxItemAdded.class)
        .matching(added -> added.childId().equals(pupil.id()))
        .toArriveAndVerify(
            added -> {
              assertThat(added.userId()).isEqualTo(school.senco().id());
              assertThat(added.kind()).isEqualTo(InboxKind.EVIDENCE);
              assertThat(added.title())
                  .isEqualTo(
                      "New evidence about Ada Inbox from Eve Inbox: Letter from the"
                          + " paediatrician, to respond to by 18 December 2026");
              assertThat(added.link())
                  .isEqualTo("/children/" + pupil.id() + "/documents/" + document);
            });
    assertThat(holders()).containsExactly(school.senco().id());
  }

  @Test
  void someoneWhoLosesTheirWayToTheChildLosesTheItemsAboutIt(Scenario scenario) {
    scenario
        .publish(
            new ProvisionChanged(
                pupil.id(),
                UUID.randomUUID(),
                "Reading group",
                ProvisionChanged.Kind.STOPPED,
                null,
                LocalDate.of(2026, 12, 1),
                null,
                school.senco().id(),
                school.senco().displayName()))
        .andWaitForStateChange(() -> holders().size(), size -> size == 1)
        .andVerify(size -> assertThat(holders()).containsExactly(pupil.parentId()));

    scenario
        .publish(
            new ChildAccessEnded(
                pupil.id(), pupil.parentId(), ChildAccessEnded.Reason.INFORMATION_LIMITED))
        .andWaitForStateChange(() -> holders().size(), size -> size == 0)
        .andVerify(size -> assertThat(holders()).isEmpty());
  }

  private List<UUID> holders() {
    return jdbc.queryForList(
        "select user_id from inbox_item where child_id = ? order by at", UUID.class, pupil.id());
  }

  private List<String> titles() {
    return jdbc.queryForList(
        "select title from inbox_item where child_id = ?", String.class, pupil.id());
  }
}
