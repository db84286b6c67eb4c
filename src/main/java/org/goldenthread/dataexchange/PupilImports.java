package org.goldenthread.dataexchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntConsumer;
import org.goldenthread.child.SchoolRoll;
import org.goldenthread.child.SchoolRoll.Outcome;
import org.goldenthread.child.SchoolRoll.PreviewRow;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a school's pupils from a file: reads it (CSV or CTF), checks every pupil and, unless a
 * preview is asked or something is wrong, saves them all in one transaction through {@link
 * SchoolRoll}. A large file runs as a job on a small pool of its own, its progress kept in the
 * database.
 */
@Service
class PupilImports {

  /** Files of more pupils than this answer the API with a job (issue 19: up to 1,000 at once). */
  static final int API_AT_ONCE = 1_000;

  /** On the page, files of more pupils than this import as a job with a progress bar. */
  static final int PAGE_AT_ONCE = 300;

  private static final Logger log = LoggerFactory.getLogger(PupilImports.class);

  private final SchoolRoll roll;
  private final RollImport rollImport;
  private final ImportJobs jobs;
  private final MessageSource messages;
  private final JsonMapper json;
  private final ThreadPoolTaskExecutor pool;

  PupilImports(
      SchoolRoll roll,
      RollImport rollImport,
      ImportJobs jobs,
      MessageSource messages,
      JsonMapper json) {
    this.roll = roll;
    this.rollImport = rollImport;
    this.jobs = jobs;
    this.messages = messages;
    this.json = json;
    this.pool = new ThreadPoolTaskExecutor();
    pool.setCorePoolSize(1);
    pool.setMaxPoolSize(2);
    pool.setQueueCapacity(20);
    pool.setThreadNamePrefix("pupil-import-");
    pool.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
    pool.setWaitForTasksToCompleteOnShutdown(true);
    pool.setAwaitTerminationSeconds(30);
    pool.initialize();
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    pool.shutdown();
  }

  /**
   * What an import gives the page: the answer, each pupil's change, and the parents and carers the
   * file gives with how many of them are (or would be) added to the families.
   */
  record Result(
      ImportAnswer answer,
      List<PreviewRow> rows,
      int contacts,
      int familyMembers,
      PupilFile.Format format) {}

  /** A file read, or refused as a whole (then {@code refused} is the answer). */
  record Read(PupilFile file, ImportAnswer refused) {
    int pupils() {
      return file == null ? 0 : file.pupils().size();
    }
  }

  /** 404 unless the person is the school's SENCO or administrator. */
  void requireImporter(CurrentUser user, UUID schoolId) {
    if (!roll.mayImportAt(user, schoolId)) {
      throw NotFound.error();
    }
  }

  Read read(boolean dryRun, byte[] bytes) {
    try {
      return new Read(PupilFile.read(bytes), null);
    } catch (FileRefused refused) {
      return new Read(
          null,
          new ImportAnswer(
              dryRun,
              0,
              0,
              0,
              List.of(new ImportAnswer.ImportError(refused.line(), "file", text(refused.key()))),
              0,
              0));
    }
  }

  /** Imports (or previews) a file read already, at once. */
  Result run(CurrentUser user, UUID schoolId, Read read, boolean dryRun, IntConsumer progress) {
    requireImporter(user, schoolId);
    if (read.file() == null) {
      ImportAnswer refused = read.refused();
      return new Result(
          new ImportAnswer(dryRun, 0, 0, 0, refused.errors(), 0, 0), List.of(), 0, 0, null);
    }
    long started = System.nanoTime();
    RollImport.Imported imported;
    try {
      imported = rollImport.run(user, schoolId, read.file(), dryRun, progress);
    } catch (org.springframework.dao.DataIntegrityViolationException
        | jakarta.persistence.PersistenceException clash) {
      // another import (or a person) recorded one of these UPNs meanwhile: nothing was saved
      imported =
          new RollImport.Imported(
              new Outcome(
                  dryRun,
                  0,
                  0,
                  0,
                  List.of(new SchoolRoll.LineProblem(0, "file", "import.error.clash")),
                  List.of()),
              0,
              0);
    }
    Outcome outcome = imported.outcome();
    log.info(
        "Pupil import of {} pupils ({}{}) took {} ms",
        read.pupils(),
        read.file().format(),
        dryRun ? ", preview" : "",
        (System.nanoTime() - started) / 1_000_000);
    return new Result(
        answer(outcome, imported.familyMembers(), imported.transfers()),
        outcome.rows(),
        read.file().contactCount(),
        imported.familyMembers(),
        read.file().format());
  }

  /** Starts the import as a job and answers its id; the job's answer is kept when it ends. */
  UUID start(CurrentUser user, UUID schoolId, Read read, boolean dryRun) {
    requireImporter(user, schoolId);
    return runAsJob(
        user, schoolId, jobs.start(user, schoolId, dryRun, read.pupils()), read, dryRun);
  }

  /** Imports a file the person previewed on the page: at once, or as a job when it is large. */
  Optional<UUID> importPreviewed(CurrentUser user, UUID schoolId, UUID previewId) {
    requireImporter(user, schoolId);
    Optional<byte[]> file = jobs.claim(user, previewId);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(runAsJob(user, schoolId, previewId, read(false, file.get()), false));
  }

  private UUID runAsJob(CurrentUser user, UUID schoolId, UUID jobId, Read read, boolean dryRun) {
    pool.execute(
        () -> {
          try {
            Result result = run(user, schoolId, read, dryRun, n -> jobs.progress(jobId, n));
            jobs.finish(jobId, result.answer().status(), json.writeValueAsString(result.answer()));
          } catch (RuntimeException failed) {
            log.error("Pupil import job {} failed", jobId, failed);
            ImportAnswer answer =
                new ImportAnswer(
                    dryRun,
                    0,
                    0,
                    0,
                    List.of(new ImportAnswer.ImportError(0, "file", text("import.error.failed"))),
                    0,
                    0);
            jobs.finish(jobId, 400, json.writeValueAsString(answer));
          }
        });
    return jobId;
  }

  /** The person's own job. */
  ImportJob job(CurrentUser user, UUID jobId) {
    return jobs.find(user, jobId).orElseThrow(NotFound::error);
  }

  /** The answer a finished job kept (one kept before a count was added reads it as 0). */
  ImportAnswer answerOf(ImportJob job) {
    return json.readerFor(ImportAnswer.class)
        .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .readValue(job.result());
  }

  /** Keeps a previewed file for the import that may follow. */
  UUID keep(CurrentUser user, UUID schoolId, String fileName, byte[] bytes, int pupils) {
    return jobs.keep(user, schoolId, fileName, bytes, pupils);
  }

  Optional<byte[]> previewedFile(CurrentUser user, UUID previewId) {
    return jobs.file(user, previewId);
  }

  private ImportAnswer answer(Outcome outcome, int familyMembers, int transfers) {
    // a preview with errors still says what the good lines would do; an import with errors did
    // nothing
    boolean none = !outcome.errors().isEmpty() && !outcome.dryRun();
    return new ImportAnswer(
        outcome.dryRun(),
        none ? 0 : outcome.created(),
        none ? 0 : outcome.changed(),
        none ? 0 : outcome.unchanged(),
        outcome.errors().stream()
            .map(p -> new ImportAnswer.ImportError(p.line(), p.field(), text(p.message())))
            .toList(),
        none ? 0 : familyMembers,
        none ? 0 : transfers);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }
}
