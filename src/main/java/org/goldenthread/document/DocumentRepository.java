package org.goldenthread.document;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRepository extends JpaRepository<Document, UUID> {

  /** A page of the child's documents, newest first (the bytes are in another table). */
  Page<Document> findByChildIdOrderByUploadedAtDescIdAsc(UUID childId, Pageable page);

  /** How many documents the child has, and how many of them await the school's response. */
  @Query(
      "select new org.goldenthread.document.DocumentRepository$Counts(count(d),"
          + " coalesce(sum(case when d.fromFamily = true and d.respondedAt is null then 1 else 0"
          + " end), 0)) from Document d where d.childId = :childId")
  Counts countsOf(@Param("childId") UUID childId);

  /** The evidence from families of these children: one query, the ids bound as one array. */
  @Query(
      value = "select * from document where child_id = any(:childIds) and from_family",
      nativeQuery = true)
  List<Document> findEvidenceOfChildren(@Param("childIds") UUID[] childIds);

  /** The evidence of these children still awaiting a response, the earliest due first. */
  @Query(
      value =
          "select * from document where child_id = any(:childIds) and response_due is not null"
              + " and response_text is null order by response_due, uploaded_at",
      nativeQuery = true)
  List<Document> findAwaitingOfChildren(@Param("childIds") UUID[] childIds);

  /** The document, locked until the transaction ends: of two responses at once, one waits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Document d where d.id = :id")
  Optional<Document> findForChange(@Param("id") UUID id);

  /** The counts on a child's page. */
  record Counts(long total, long awaiting) {}
}
