package org.goldenthread.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

  @Query("select count(f) from SignInFailure f where f.email = ?1 and f.failedAt > ?2")
  long countForEmailSince(String email, Instant since);

  @Query("select count(f) from SignInFailure f where f.address = ?1 and f.failedAt > ?2")
  long countForAddressSince(String address, Instant since);

  @Modifying
  @Query("delete from SignInFailure f where f.email = ?1")
  void deleteForEmail(String email);

  @Modifying
  @Query("delete from SignInFailure f where f.failedAt < ?1")
  void deleteOlderThan(Instant before);
}
