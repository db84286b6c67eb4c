package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/**
 * Documents with only what they depend on, for a pupil with a parent at a school of its own: what
 * the parent shares is recorded in the child's history and becomes the school's EVIDENCE_RESPONSE
 * deadline, which the SENCO's response meets; what the school shares asks no response.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class DocumentModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Documents documents;
  @Autowired DocumentDeadlines deadlines;
  @Autowired ChildAccess access;
  @Autowired SchoolDays schoolDays;

  @Test
  void whatTheParentSharesIsInTheChildsHistoryAndTheSchoolsDeadline(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    CurrentUser parent = new Pupils(context, school).user(pupil.parentEmail());
    AccessibleChild asParent = access.open(parent, pupil.id());
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    scenario
        .stimulate(() -> documents.upload(asParent, "Notes", "PARENT_EVIDENCE", pdf()))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && changed.what().key().equals("audit.what.document.shared"))
        .toArriveAndVerify(
            (changed, shared) -> {
              assertThat(changed.what())
                  .isEqualTo(
                      Happened.of(
                          "audit.what.document.shared",
                          Happened.written("Notes"),
                          Happened.words("document.kind.PARENT_EVIDENCE")));
              assertThat(shared.responseDue())
                  .isEqualTo(schoolDays.evidenceResponseDue(school.id(), today));
              assertThat(deadlinesSeenBy(school.senco(), pupil.id()))
                  .singleElement()
                  .satisfies(
                      d -> {
                        assertThat(d.kind()).isEqualTo(DeadlineKind.EVIDENCE_RESPONSE);
                        assertThat(d.owner()).isEqualTo(DeadlineOwner.SCHOOL);
                        assertThat(d.subjectId()).isEqualTo(shared.id());
                        assertThat(d.status()).isEqualTo(DeadlineStatus.PENDING);
                        assertThat(d.page())
                            .isEqualTo("/children/" + pupil.id() + "/documents/" + shared.id());
                      });
              AccessibleChild asSenco = access.open(school.senco(), pupil.id());
              documents.respond(asSenco, shared.id(), "Thank you: noted.", null);
              assertThat(deadlinesSeenBy(parent, pupil.id()))
                  .singleElement()
                  .satisfies(
                      d -> {
                        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
                        assertThat(d.metOn()).isEqualTo(today);
                      });
              assertThat(documents.awaitingFor(school.senco())).isEmpty();
            });
  }

  @Test
  void sharingADocumentAnnouncesItWithWhoSharedItAndWhetherItIsEvidence(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    CurrentUser parent = new Pupils(context, school).user(pupil.parentEmail());
    AccessibleChild asParent = access.open(parent, pupil.id());

    scenario
        .stimulate(() -> documents.upload(asParent, "Notes", "PARENT_EVIDENCE", pdf()))
        .andWaitForEventOfType(DocumentShared.class)
        .matching(shared -> shared.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (event, shared) -> {
              assertThat(event.documentId()).isEqualTo(shared.id());
              assertThat(event.title()).isEqualTo("Notes");
              assertThat(event.uploadedById()).isEqualTo(parent.id());
              assertThat(event.uploadedByName()).isEqualTo(parent.displayName());
              assertThat(event.byFamily()).isTrue();
              assertThat(event.responseDue()).isEqualTo(shared.responseDue());
              assertThat(event.sharedAt()).isNotNull();
            });
  }

  @Test
  void whatTheSchoolSharesAsksNoResponse() {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asSenco = access.open(school.senco(), pupil.id());

    DocumentView shared = documents.upload(asSenco, "Report", "SCHOOL_REPORT", pdf());

    assertThat(shared.responseDue()).isNull();
    assertThat(shared.responseStatus()).isEqualTo(ResponseStatus.NOT_NEEDED);
    assertThat(deadlinesSeenBy(school.senco(), pupil.id())).isEmpty();
    assertThat(documents.awaitingFor(school.senco())).isEmpty();
  }

  @Test
  void theSencoSeesTheEvidenceAwaitingAResponseAcrossTheirChildren() {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil first = pupilWithParent(school);
    Pupils.Pupil second = pupilWithParent(school);
    for (Pupils.Pupil pupil : List.of(first, second)) {
      CurrentUser parent = new Pupils(context, school).user(pupil.parentEmail());
      documents.upload(access.open(parent, pupil.id()), "Notes", "OTHER", pdf());
    }

    List<AwaitingEvidence> awaiting = documents.awaitingFor(school.senco());

    assertThat(awaiting)
        .extracting(a -> a.document().childId())
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(awaiting).allSatisfy(a -> assertThat(a.childName()).startsWith("Ada "));
  }

  private List<Deadline> deadlinesSeenBy(CurrentUser person, UUID childId) {
    return deadlines.aboutChild(
        new UsernamePasswordAuthenticationToken(person, null, List.of()), childId);
  }

  private static UploadedFile pdf() {
    byte[] pdf = Uploads.pdf("Notes from home");
    return new UploadedFile("notes.pdf", pdf.length, new ByteArrayResource(pdf));
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Doc" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Doc" + tag)
        .add();
  }
}
