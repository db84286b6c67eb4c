package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.document.DocumentKind;
import org.goldenthread.document.DocumentRefused;
import org.goldenthread.document.Documents;
import org.goldenthread.document.UploadedFile;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The demo documents on Sarah's record, real PDFs made here: notes from home that her mother shared
 * today as evidence (so it awaits the school's response, due 15 school days on), and the speech and
 * language therapist's report. Loaded once: nothing is added when Sarah has any document.
 */
@Component
@Order(8)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoDocuments implements DemoStep {

  private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

  private final DemoPeople people;
  private final ChildAccess access;
  private final Documents documents;
  private final PdfDocuments pdfs;
  private final Clock clock;

  DemoDocuments(
      DemoPeople people, ChildAccess access, Documents documents, PdfDocuments pdfs, Clock clock) {
    this.people = people;
    this.access = access;
    this.documents = documents;
    this.pdfs = pdfs;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    var sarah = people.pupil(senco, DemoChildren.SARAH_UPN).map(ChildSummary::id);
    if (sarah.isEmpty() || documents.list(access.open(senco, sarah.get()), 0, 1).total() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    try {
      share(
          "salt@salt.example",
          sarah.get(),
          "Speech and language therapy report",
          DocumentKind.ASSESSMENT_REPORT,
          "speech-and-language-report.pdf",
          pdf(
              "Speech and language therapy report: Sarah Bennett",
              "Fiona Walsh, speech and language therapist",
              today.minusWeeks(3),
              List.of(
                  new Section(
                      "What I did",
                      List.of(
                          "I saw Sarah twice at school, in a quiet room and in her English lesson,"
                              + " and talked with her mother about home.")),
                  new Section(
                      "What I found",
                      List.of(
                          "Sarah understands far more than she says. Long spoken instructions are"
                              + " hard for her to hold on to, and she needs more time to find her"
                              + " words when a group is talking quickly.")),
                  new Section(
                      "What I recommend",
                      List.of(
                          "Give one instruction at a time, with the key words written down.",
                          "Wait ten seconds after a question before asking again.",
                          "Two 30-minute sessions a week on vocabulary for new topics, with a"
                              + " teaching assistant I will train.")))));
      share(
          "parent@example.org",
          sarah.get(),
          "Notes from home: what helps Sarah talk",
          DocumentKind.PARENT_EVIDENCE,
          "notes-from-home.pdf",
          pdf(
              "Notes from home: what helps Sarah talk",
              "Claire Bennett, Sarah's mother",
              today,
              List.of(
                  new Section(
                      "What we have noticed",
                      List.of(
                          "Sarah chats at home when we are doing something side by side, like"
                              + " cooking or walking the dog, and goes quiet when we ask her"
                              + " questions face to face.")),
                  new Section(
                      "What helps",
                      List.of(
                          "A picture timetable on the fridge for the week.",
                          "Being told the day before when something will be different.")))));
    } catch (DocumentRefused refused) {
      log.warn("The demo documents were not shared: {}", refused.getBody().getDetail());
    }
  }

  private void share(
      String email,
      java.util.UUID childId,
      String title,
      DocumentKind kind,
      String fileName,
      byte[] pdf) {
    CurrentUser person = people.user(email);
    AccessibleChild child = access.open(person, childId);
    documents.upload(
        child,
        title,
        kind.name(),
        new UploadedFile(fileName, pdf.length, new ByteArrayResource(pdf)));
  }

  private byte[] pdf(String title, String author, LocalDate writtenOn, List<Section> sections) {
    return pdfs.render(
        "demo/document-pdf",
        Map.of(
            "title",
            title,
            "subject",
            title,
            "author",
            author,
            "writtenOn",
            writtenOn,
            "sections",
            sections),
        Locale.UK);
  }

  /** A heading of a demo document and the paragraphs under it. */
  record Section(String heading, List<String> paragraphs) {}
}
