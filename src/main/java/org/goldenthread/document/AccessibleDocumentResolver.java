package org.goldenthread.document;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.RecordInPathResolver;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code {documentId}} of a request path into an {@link AccessibleDocument} through
 * {@link DocumentAccess} (and so through the child's door); each read is in the child's audit
 * trail.
 */
@Component
class AccessibleDocumentResolver extends RecordInPathResolver<AccessibleDocument> {

  static final String DOCUMENT_VARIABLE = "documentId";

  private final ObjectProvider<DocumentAccess> access;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleDocumentResolver(
      ObjectProvider<DocumentAccess> access, ApplicationEventPublisher events) {
    super(AccessibleDocument.class, DOCUMENT_VARIABLE, events);
    this.access = access;
  }

  @Override
  protected AccessibleDocument open(CurrentUser user, UUID id) {
    return access.getObject().open(user, id);
  }

  @Override
  protected AccessibleChild childOf(AccessibleDocument record) {
    return record.child();
  }

  @Override
  protected String part(HttpServletRequest request) {
    return "audit.part.document";
  }
}
