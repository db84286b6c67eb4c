package org.goldenthread.document;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.RecordInPathResolver;
import org.goldenthread.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Turns the {@code {documentId}} of a request path into an {@link AccessibleDocument} through
 * {@link DocumentAccess} (and so through the child's door); each read is in the child's audit
 * trail.
 */
@Component
class AccessibleDocumentResolver extends RecordInPathResolver<AccessibleDocument> {

  static final String DOCUMENT_VARIABLE = "documentId";

  private final Supplier<DocumentAccess> access;

  /** The door is looked up when first needed, so that web slice tests can start without it. */
  AccessibleDocumentResolver(
      ObjectProvider<DocumentAccess> access, ApplicationEventPublisher events) {
    super(AccessibleDocument.class, DOCUMENT_VARIABLE, events);
    this.access = SingletonSupplier.of(access::getObject);
  }

  @Override
  protected AccessibleDocument open(CurrentUser user, UUID id) {
    return access.get().open(user, id);
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
