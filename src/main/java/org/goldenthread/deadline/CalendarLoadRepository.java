package org.goldenthread.deadline;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarLoadRepository extends JpaRepository<CalendarLoad, Short> {

  /** The row, locked until the transaction ends, so that two loads happen one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from CalendarLoad c where c.id = 1")
  Optional<CalendarLoad> lockCurrent();
}
