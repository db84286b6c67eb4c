package org.goldenthread.document;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of a child's documents kept in the documents directory, for a child's record that is
 * being deleted: the database deletes the rows (and the bytes kept in {@code document_content})
 * with the child; the files in the directory go once that deletion has committed, and stay if it
 * rolls back.
 */
@Component
public class DocumentFiles {

  private final JdbcClient jdbc;
  private final DocumentStore store;

  DocumentFiles(JdbcClient jdbc, DocumentStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  /**
   * Removes the child's files from the directory when the running transaction commits; call it
   * before deleting the child. Answers how many files will go.
   */
  public int removeWhenCommitted(UUID childId) {
    List<UUID> files =
        jdbc.sql("select id from document where child_id = ? and stored_in = 'DIRECTORY'")
            .param(childId)
            .query(UUID.class)
            .list();
    if (!files.isEmpty()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              files.forEach(id -> store.forget(id, DocumentStore.Place.DIRECTORY));
            }
          });
    }
    return files.size();
  }
}
