package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** With a directory configured, each document's bytes are one file there, named by its id. */
class DocumentStoreTests {

  @TempDir Path directory;

  @Test
  void theBytesGoToAFileNamedByTheDocumentAndComeBackTheSame() throws Exception {
    DocumentStore store =
        new DocumentStore(
            null,
            new DocumentSettings(
                DataSize.ofMegabytes(20),
                directory.resolve("documents"),
                new DocumentSettings.Clamd(null, 3310, java.time.Duration.ofSeconds(1))));
    UUID id = UUID.randomUUID();
    byte[] pdf = Uploads.pdf("kept in a directory");

    assertThat(store.place()).isEqualTo(DocumentStore.Place.DIRECTORY);
    store.put(id, store.place(), pdf);

    assertThat(Files.readAllBytes(directory.resolve("documents").resolve(id.toString())))
        .isEqualTo(pdf);
    assertThat(store.get(id, DocumentStore.Place.DIRECTORY)).isEqualTo(pdf);
    try (var left = Files.list(directory.resolve("documents"))) {
      assertThat(left).as("no half-written file is left").hasSize(1);
    }
    store.forget(id, DocumentStore.Place.DIRECTORY);
    assertThat(directory.resolve("documents").resolve(id.toString())).doesNotExist();
  }
}
