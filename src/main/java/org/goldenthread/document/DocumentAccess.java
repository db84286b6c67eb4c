package org.goldenthread.document;

import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door for documents, which live outside {@code /children/{childId}} in the API: a document is
 * opened through its child's door ({@link ChildAccess}), so the same rules hold: a document of a
 * child someone may not see does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class DocumentAccess {

  private final Documents documents;
  private final ChildAccess access;

  DocumentAccess(Documents documents, ChildAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /**
   * The document, for a person who may see its child.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when there is no such document or
   *     its child is not visible
   */
  public AccessibleDocument open(CurrentUser user, UUID documentId) {
    if (user == null || documentId == null) {
      throw NotFound.error();
    }
    UUID childId = documents.childOf(documentId).orElseThrow(NotFound::error);
    return new AccessibleDocument(documentId, access.open(user, childId));
  }
}
