package org.goldenthread.document;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;

/**
 * A document the signed-in person may see, through its child's door. Only {@link DocumentAccess}
 * makes one: a controller method takes it for the {@code {documentId}} in its path.
 */
public final class AccessibleDocument {

  private final UUID id;
  private final AccessibleChild child;

  AccessibleDocument(UUID id, AccessibleChild child) {
    this.id = id;
    this.child = child;
  }

  public UUID id() {
    return id;
  }

  /** The document's child, as the door opened it to the person. */
  public AccessibleChild child() {
    return child;
  }
}
