package org.goldenthread.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Permission;
import org.goldenthread.document.Documents;
import org.goldenthread.document.StoredFile;
import org.goldenthread.plan.PlanDocument;
import org.goldenthread.review.ReviewDocument;
import org.goldenthread.statutory.DraftDocument;
import org.goldenthread.web.PdfDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The subject access export: the whole record of a child as one ZIP file, written straight to the
 * answer a part at a time (record.json a row at a time, then each PDF and document one after the
 * other), so that memory stays flat however long the record. Only a parent with parental
 * responsibility, the young person from 16 and the SENCO may have it; each export is recorded in
 * the audit trail as a read of the whole record.
 */
@Service
class ChildExport {

  static final String PART = "audit.part.whole-record";

  private final ChildRecordJson record;
  private final RecordSchema schema;
  private final AuditLogCsv auditLog;
  private final ExportReadme readme;
  private final PlanDocument plan;
  private final ReviewDocument reviews;
  private final DraftDocument drafts;
  private final Documents documents;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChildExport(
      ChildRecordJson record,
      RecordSchema schema,
      AuditLogCsv auditLog,
      ExportReadme readme,
      PlanDocument plan,
      ReviewDocument reviews,
      DraftDocument drafts,
      Documents documents,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.record = record;
    this.schema = schema;
    this.auditLog = auditLog;
    this.readme = readme;
    this.plan = plan;
    this.reviews = reviews;
    this.drafts = drafts;
    this.documents = documents;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person may have a copy of the record. */
  static boolean mayExport(AccessibleChild child) {
    return child.can(Permission.EXPORT_RECORD);
  }

  /**
   * Refuses (403) anyone who may not have the copy, records the export in the audit trail, and
   * answers the ZIP's file name; the ZIP itself is written by {@link #write}.
   */
  String begin(AccessibleChild child) {
    child.require(Permission.EXPORT_RECORD);
    events.publishEvent(
        new ChildRecordRead(
            child.id(),
            child.user().id(),
            child.user().displayName(),
            child.grant().principal(),
            PART));
    return PdfDocuments.fileName("record", child.displayName(), LocalDate.now(clock).toString())
        .replaceFirst("\\.pdf$", ".zip");
  }

  /** Writes the ZIP to the stream (and finishes it, leaving the stream open). */
  void write(AccessibleChild child, Locale locale, OutputStream out) {
    child.require(Permission.EXPORT_RECORD);
    UUID id = child.id();
    Zip zip = new Zip(out);
    zip.entry(ExportReadme.FILE_NAME, entry -> readme.write(child, entry));
    zip.entry(ChildRecordJson.FILE_NAME, entry -> record.write(id, child.user().id(), entry));
    zip.entry(RecordSchema.FILE_NAME, schema::write);
    zip.entry(AuditLogCsv.FILE_NAME, entry -> auditLog.write(id, entry));
    zip.bytes("pdf/plan.pdf", plan.download(child, locale));
    for (Dated review : dated("select id, held_on as day from plan_review", id)) {
      zip.bytes(
          "pdf/review-" + review.day() + ".pdf", reviews.download(child, review.id(), locale));
    }
    for (Dated assessment : dated("select id, requested_on as day from ehc_assessment", id)) {
      zip.bytes(
          "pdf/draft-ehc-plan-" + assessment.day() + ".pdf",
          drafts.download(child, assessment.id(), locale));
    }
    for (Dated document : dated("select id, uploaded_at as day from document", id)) {
      StoredFile file = documents.file(child, document.id());
      zip.bytes("documents/" + file.fileName(), file.bytes());
    }
    zip.finish();
  }

  /** The ids of the child's records of a kind, oldest first (the query names id and day). */
  private List<Dated> dated(String select, UUID childId) {
    return jdbc.sql(select + " where child_id = ? order by day, id")
        .param(childId)
        .query((row, n) -> new Dated(row.getObject("id", UUID.class), row.getString("day")))
        .list();
  }

  private record Dated(UUID id, String day) {}

  /** The ZIP being written: each entry's name made unique ("-2", "-3" before the extension). */
  private static final class Zip {

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();

    Zip(OutputStream out) {
      this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void entry(String name, Consumer<OutputStream> content) {
      try {
        zip.putNextEntry(new ZipEntry(unique(name)));
        content.accept(zip);
        zip.closeEntry();
        zip.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void bytes(String name, ResponseEntity<byte[]> download) {
      bytes(name, download.getBody());
    }

    void bytes(String name, byte[] content) {
      entry(
          name,
          entry -> {
            try {
              entry.write(content);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    void finish() {
      try {
        zip.finish();
        zip.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String unique(String name) {
      String candidate = name;
      int dot = name.lastIndexOf('.');
      for (int n = 2; !names.add(candidate); n++) {
        candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
      }
      return candidate;
    }
  }
}
