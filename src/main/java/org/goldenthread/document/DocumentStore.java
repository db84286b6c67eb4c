package org.goldenthread.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the bytes of documents are kept: in PostgreSQL ({@code document_content}, a table of its
 * own so that listing documents never reads them), or, when {@code
 * goldenthread.documents.directory} is set, one file per document in that directory, named by the
 * document's id. Each document remembers where its bytes went, so that setting a directory later
 * leaves the older ones readable.
 */
@Component
class DocumentStore {

  /** Where a document's bytes are. */
  enum Place {
    DATABASE,
    DIRECTORY
  }

  private final JdbcClient jdbc;
  private final Path directory;

  DocumentStore(JdbcClient jdbc, DocumentSettings settings) {
    this.jdbc = jdbc;
    this.directory = settings.directory();
  }

  /** Where new documents go. */
  Place place() {
    return directory == null ? Place.DATABASE : Place.DIRECTORY;
  }

  /**
   * Keeps the bytes of a document whose row is written in the same transaction: in the database, or
   * in the directory (written whole to a temporary file first, then moved into place).
   */
  void put(UUID id, Place place, byte[] bytes) {
    if (place == Place.DATABASE) {
      jdbc.sql("insert into document_content (document_id, bytes) values (?, ?)")
          .param(id)
          .param(bytes)
          .update();
      return;
    }
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "upload-", ".part");
      Files.write(temporary, bytes);
      Files.move(temporary, file(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the document " + id, e);
    }
  }

  /** Takes back the file of a document whose row was not written. */
  void forget(UUID id, Place place) {
    if (place == Place.DIRECTORY) {
      try {
        Files.deleteIfExists(file(id));
      } catch (IOException ignored) {
        // Nothing names the file: it is only space.
      }
    }
  }

  byte[] get(UUID id, Place place) {
    if (place == Place.DATABASE) {
      return jdbc.sql("select bytes from document_content where document_id = ?")
          .param(id)
          .query(byte[].class)
          .single();
    }
    try {
      return Files.readAllBytes(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the document " + id, e);
    }
  }

  private Path file(UUID id) {
    if (directory == null) {
      throw new IllegalStateException("No directory is set for documents");
    }
    return directory.resolve(id.toString());
  }
}
