package org.goldenthread.identity;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

  Optional<UserAccount> findByEmail(String email);

  /** The account, locked until the transaction ends: changes to it wait their turn. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select u from UserAccount u where u.id = ?1")
  Optional<UserAccount> findForUpdate(UUID id);

  /** The enabled accounts that hold this role at this organisation. */
  @Query(
      "select distinct u.id from UserAccount u join u.grants g"
          + " where g.role = ?1 and g.organisationId = ?2 and u.enabled = true")
  List<UUID> idsHolding(Role role, UUID organisationId);

  /** The language the person chose (a tag such as {@code cy}), when they chose one. */
  @Query("select u.language from UserAccount u where u.id = ?1 and u.language is not null")
  Optional<String> languageOf(UUID id);

  /**
   * Keeps the person's choice of language. A preference, not an edit of the account: it does not
   * change the account's version, so a form about the account open elsewhere still saves.
   */
  @Modifying
  @Query("update UserAccount u set u.language = ?2 where u.id = ?1")
  int chooseLanguage(UUID id, String language);
}
