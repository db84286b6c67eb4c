package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * A child's document files kept in a directory go when the child's deletion commits, and stay when
 * it rolls back; files kept in the database go with their rows.
 */
@IntegrationTest
class DocumentFilesTests {

  @TempDir Path directory;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theFilesGoOnlyWhenTheChildsDeletionCommits() {
    DocumentStore store =
        new DocumentStore(
            jdbc,
            new DocumentSettings(
                DataSize.ofMegabytes(20),
                directory,
                new DocumentSettings.Clamd(null, 3310, Duration.ofSeconds(1))));
    DocumentFiles files = new DocumentFiles(jdbc, store);
    UUID child = aChild();
    UUID inDirectory = document(child, "DIRECTORY");
    store.put(inDirectory, DocumentStore.Place.DIRECTORY, new byte[] {1, 2, 3});
    UUID inDatabase = document(child, "DATABASE");
    store.put(inDatabase, DocumentStore.Place.DATABASE, new byte[] {4, 5, 6});
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    transaction.executeWithoutResult(
        status -> {
          assertThat(files.removeWhenCommitted(child)).isOne();
          jdbc.sql("delete from child where id = ?").param(child).update();
          status.setRollbackOnly();
        });
    assertThat(directory.resolve(inDirectory.toString())).exists();

    transaction.executeWithoutResult(
        status -> {
          files.removeWhenCommitted(child);
          jdbc.sql("delete from child where id = ?").param(child).update();
        });
    assertThat(directory.resolve(inDirectory.toString())).doesNotExist();
    assertThat(
            jdbc.sql("select count(*) from document_content where document_id = ?")
                .param(inDatabase)
                .query(Long.class)
                .single())
        .isZero();
  }

  private UUID aChild() {
    UUID child = UUID.randomUUID();
    jdbc.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, created_at, updated_at)
            select ?, 'File', 'Probe', date '2010-01-01', id, '9', 'N', now(), now()
            from school where urn = '900001'
            """)
        .param(child)
        .update();
    return child;
  }

  private UUID document(UUID child, String storedIn) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into document (id, child_id, title, kind, content_type, file_name, size_bytes,
                                  sha256, stored_in, uploaded_by_id, uploaded_by_name,
                                  uploaded_at, from_family)
            select ?, ?, 'Report', 'OTHER', 'application/pdf', 'report.pdf', 3, repeat('a', 64),
                   ?, id, 'Senco', now(), false
            from app_user where email = 'senco@riverside.example'
            """)
        .params(id, child, storedIn)
        .update();
    return id;
  }
}
