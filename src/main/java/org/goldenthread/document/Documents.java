package org.goldenthread.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * Documents shared about a child: uploaded once by anyone who may see the child, checked (size,
 * real type, virus scan) before anything is kept, listed without their bytes, and read by the same
 * people. What a family member shares is evidence: the school (its SENCO, head or a teacher) says
 * what it makes of it by a day counted in the school's school days.
 */
@Service
@Transactional(readOnly = true)
public class Documents {

  /**
   * The evidence from families: where both the deadlines and the SENCO's panel of evidence awaiting
   * a response look for children, so that a page asks once.
   */
  static final ChildRecordTable EVIDENCE_FROM_FAMILIES =
      ChildRecordTable.of("document").where("r.from_family");

  static final int MAX_TITLE = 200;
  static final int MAX_RESPONSE = 10_000;
  static final int MAX_FILE_NAME = 150;

  /** Who answers for the school. */
  private static final Set<Relationship> SCHOOL =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD, Relationship.TEACHER);

  private final DocumentRepository documents;
  private final DocumentStore store;
  private final DocumentTypes types;
  private final VirusScan scan;
  private final DocumentSettings settings;
  private final SchoolDays schoolDays;
  private final ChildAccess access;
  private final Children children;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Documents(
      DocumentRepository documents,
      DocumentStore store,
      DocumentTypes types,
      VirusScan scan,
      DocumentSettings settings,
      SchoolDays schoolDays,
      ChildAccess access,
      Children children,
      ApplicationEventPublisher events,
      MessageSource messages,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.documents = documents;
    this.store = store;
    this.types = types;
    this.scan = scan;
    this.settings = settings;
    this.schoolDays = schoolDays;
    this.access = access;
    this.children = children;
    this.events = events;
    this.messages = messages;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** A page of the child's documents, newest first, paged in the database, without the bytes. */
  public PageOf<DocumentView> list(AccessibleChild child, int page, int size) {
    return PageOf.of(page(child, page, size), document -> document);
  }

  /** The same, as a page of the list for the pages' pagination. */
  public Page<DocumentView> page(AccessibleChild child, int page, int size) {
    LocalDate today = today();
    return documents
        .findByChildIdOrderByUploadedAtDescIdAsc(child.id(), PageOf.request(page, size))
        .map(document -> document.view(today, clock.getZone()));
  }

  /** One of the child's documents. @throws ErrorResponseException 404 when it is not the child's */
  public DocumentView get(AccessibleChild child, UUID documentId) {
    return load(child, documentId).view(today(), clock.getZone());
  }

  /** A document's bytes, for a download by someone who may see its child. */
  public StoredFile file(AccessibleChild child, UUID documentId) {
    Document document = load(child, documentId);
    DocumentView view = document.view(today(), clock.getZone());
    return new StoredFile(
        store.get(document.id(), document.storedIn()),
        view.contentType(),
        downloadName(view.title(), view.contentType()),
        view.sha256());
  }

  /** The child a document is about, for the door; empty when there is no such document. */
  java.util.Optional<UUID> childOf(UUID documentId) {
    return documentId == null
        ? java.util.Optional.empty()
        : documents.findById(documentId).map(Document::childId);
  }

  /** The largest file accepted. */
  public DataSize maxSize() {
    return settings.maxSize();
  }

  /**
   * Keeps a document shared by the person about the child. A family member's is evidence, with the
   * day the school should respond by.
   *
   * @throws ValidationProblem a title, kind or file missing or refused, naming each
   * @throws DocumentRefused 413, 415, 422 or 503: the file is not kept
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public DocumentView upload(AccessibleChild child, String title, String kind, UploadedFile file) {
    List<FieldMessage> problems = new ArrayList<>();
    String checkedTitle = title(title, problems);
    DocumentKind checkedKind = kind(kind, problems);
    if (file == null || file.size() <= 0) {
      problems.add(new FieldMessage("file", "document.error.file"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    long max = settings.maxSize().toBytes();
    if (file.size() > max) {
      throw tooLarge();
    }
    byte[] bytes = read(file, max);
    String contentType =
        types
            .accepted(bytes, file.name())
            .orElseThrow(
                () ->
                    new DocumentRefused(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        text("document.error.type"),
                        "document.error.type"));
    scan.check(bytes);
    CurrentUser user = child.user();
    LocalDate today = today();
    LocalDate responseDue =
        child.grant().isFamily() && checkedKind.evidenceFromAFamily()
            ? schoolDays.evidenceResponseDue(child.schoolId(), today)
            : null;
    DetectedFile detected = new DetectedFile(bytes, contentType, sha256(bytes), name(file.name()));
    // The file is read, checked and scanned above with no connection held; it is kept in a
    // transaction of its own (or the caller's).
    DocumentStore.Place place = store.place();
    Document document =
        new Document(
            UUID.randomUUID(),
            child.id(),
            checkedTitle,
            checkedKind,
            detected,
            place,
            user.id(),
            user.displayName(),
            clock.instant(),
            responseDue);
    try {
      transactions.executeWithoutResult(
          status -> {
            documents.saveAndFlush(document);
            store.put(document.id(), place, bytes);
            events.publishEvent(
                child.changed(
                    ChildRecordChanged.Action.CREATE,
                    Happened.of(
                        "audit.what.document.shared",
                        Happened.written(checkedTitle),
                        Happened.words("document.kind." + checkedKind.name()))));

            events.publishEvent(
                new DocumentShared(
                    child.id(),
                    document.id(),
                    checkedTitle,
                    user.id(),
                    user.displayName(),
                    child.grant().isFamily(),
                    responseDue,
                    document.view(today, clock.getZone()).uploadedAt()));
          });
    } catch (RuntimeException e) {
      store.forget(document.id(), place);
      throw e;
    }
    return document.view(today, clock.getZone());
  }

  /** Whether the person answers for the school about the child's evidence. */
  public boolean mayRespond(AccessibleChild child) {
    return child.grant().relationships().stream().anyMatch(SCHOOL::contains);
  }

  /**
   * Records what the school makes of evidence from the family. A first response needs no version; a
   * response changed afterwards needs the version read. Of two sent at once from one version, one
   * is kept and the other is a 409.
   */
  @Transactional
  public DocumentView respond(AccessibleChild child, UUID documentId, String text, Long version) {
    if (!mayRespond(child)) {
      throw ChildAccess.forbidden();
    }
    Document document =
        documents
            .findForChange(documentId)
            .filter(d -> d.childId().equals(child.id()))
            .orElseThrow(NotFound::error);
    if (!document.fromFamily()) {
      throw new ErrorResponseException(
          HttpStatus.CONFLICT,
          ProblemTypes.of(
              HttpStatus.CONFLICT, ProblemTypes.OUT_OF_ORDER, text("document.error.noResponse")),
          null);
    }
    if (version != null) {
      EditConflict.check(version, document.version());
    } else if (document.responded()) {
      throw new EditConflict();
    }
    List<FieldMessage> problems = new ArrayList<>();
    String response = TextRules.tidy(text);
    if (response == null) {
      problems.add(new FieldMessage("text", "document.error.responseText"));
    } else if (response.length() > MAX_RESPONSE) {
      problems.add(new FieldMessage("text", "document.error.responseTooLong"));
    } else {
      TextRules.problem(response).ifPresent(key -> problems.add(new FieldMessage("text", key)));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    CurrentUser user = child.user();
    document.respond(response, user.id(), user.displayName(), clock.instant());
    documents.saveAndFlush(document);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of("audit.what.document.responded", Happened.written(document.title()))));
    return document.view(today(), clock.getZone());
  }

  /** How many documents the child has, and how many await the school's response. */
  DocumentRepository.Counts counts(AccessibleChild child) {
    return documents.countsOf(child.id());
  }

  /**
   * The evidence awaiting a response across the children a SENCO or head may see, the earliest due
   * (so the late ones) first; none for anyone else.
   */
  public List<AwaitingEvidence> awaitingFor(CurrentUser user) {
    if (user.organisationsWhere(Role.SENCO).isEmpty()
        && user.organisationsWhere(Role.HEAD).isEmpty()) {
      return List.of();
    }
    Collection<UUID> visible = access.visibleWithRecords(user, EVIDENCE_FROM_FAMILIES);
    if (visible.isEmpty()) {
      return List.of();
    }
    List<Document> awaiting = documents.findAwaitingOfChildren(visible.toArray(UUID[]::new));
    Map<UUID, String> names =
        children.displayNames(awaiting.stream().map(Document::childId).distinct().toList());
    LocalDate today = today();
    return awaiting.stream()
        .map(d -> new AwaitingEvidence(d.view(today, clock.getZone()), names.get(d.childId())))
        .toList();
  }

  /** The evidence from the families of these children, for their deadlines. */
  List<Document> evidenceOf(Collection<UUID> childIds) {
    return childIds.isEmpty()
        ? List.of()
        : documents.findEvidenceOfChildren(childIds.toArray(UUID[]::new));
  }

  private Document load(AccessibleChild child, UUID documentId) {
    if (documentId == null) {
      throw NotFound.error();
    }
    return documents
        .findById(documentId)
        .filter(d -> d.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private DocumentRefused tooLarge() {
    String size = settings.maxSize().toMegabytes() + " MB";
    return new DocumentRefused(
        HttpStatus.CONTENT_TOO_LARGE,
        messages.getMessage(
            "document.error.tooLarge", new Object[] {size}, LocaleContextHolder.getLocale()),
        "document.error.tooLarge",
        size);
  }

  /** The file's bytes, never more than the limit (whatever size it claimed). */
  private byte[] read(UploadedFile file, long max) {
    try (InputStream in = file.content().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge();
      }
      if (bytes.length == 0) {
        throw ValidationProblem.of("file", "document.error.file");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(String entered, List<FieldMessage> problems) {
    String title = TextRules.tidy(entered);
    if (title == null) {
      problems.add(new FieldMessage("title", "document.error.title"));
      return null;
    }
    java.util.Optional<String> problem = TextRules.problem(title);
    if (problem.isPresent()) {
      problems.add(new FieldMessage("title", problem.get()));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new FieldMessage("title", "document.error.titleTooLong"));
    } else if (title.indexOf('<') >= 0 || title.indexOf('>') >= 0) {
      problems.add(new FieldMessage("title", "document.error.titleMarkup"));
    }
    return title;
  }

  private static DocumentKind kind(String entered, List<FieldMessage> problems) {
    String kind = TextRules.tidy(entered);
    if (kind != null) {
      for (DocumentKind each : DocumentKind.values()) {
        if (each.name().equals(kind)) {
          return each;
        }
      }
    }
    problems.add(new FieldMessage("kind", "document.error.kind"));
    return null;
  }

  /** The name the file came with, without any folders or control characters, not too long. */
  static String name(String sent) {
    String name = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty()) {
      return "document";
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }

  /**
   * A safe name to download the file as: the title's letters and digits (accents dropped) joined by
   * hyphens, with the extension of its type.
   */
  static String downloadName(String title, String contentType) {
    String slug =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return (slug.isEmpty() ? "document" : slug) + "." + DocumentTypes.extension(contentType);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
