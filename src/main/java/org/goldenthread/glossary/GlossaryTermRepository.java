package org.goldenthread.glossary;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, String> {

  /** Every term, A to Z. */
  @Query("select t from GlossaryTerm t order by lower(t.term)")
  List<GlossaryTerm> findAllAtoZ();

  /**
   * The terms whose name, other forms or explanation hold the words (a LIKE pattern, lower case),
   * those named by them first, then A to Z; a page at a time, in the database.
   */
  @Query(
      value =
          "select t from GlossaryTerm t where lower(t.term) like :pattern escape '\\'"
              + " or lower(t.forms) like :pattern escape '\\'"
              + " or lower(t.explanation) like :pattern escape '\\'"
              + " order by case when lower(t.term) like :pattern escape '\\'"
              + " or lower(t.forms) like :pattern escape '\\' then 0 else 1 end, lower(t.term)",
      countQuery =
          "select count(t) from GlossaryTerm t where lower(t.term) like :pattern escape '\\'"
              + " or lower(t.forms) like :pattern escape '\\'"
              + " or lower(t.explanation) like :pattern escape '\\'")
  Page<GlossaryTerm> search(String pattern, Pageable page);

  /** Every term A to Z, a page at a time. */
  @Query(
      value = "select t from GlossaryTerm t order by lower(t.term)",
      countQuery = "select count(t) from GlossaryTerm t")
  Page<GlossaryTerm> atoZ(Pageable page);

  /**
   * What changes whenever a term or a translation changes: how many there are and when one last
   * changed.
   */
  @Query(
      value =
          "select count(*) || '@' || coalesce(max(changed_at)::text, '') || '@'"
              + " || coalesce(sum(version), 0) from"
              + " (select changed_at, version from glossary_term"
              + " union all select changed_at, version from glossary_translation) terms",
      nativeQuery = true)
  String stamp();
}
