package org.goldenthread.organisation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * From what age a school's pupils may be invited to an account of their own: 10 unless the school
 * has chosen otherwise (a special school may choose later, or earlier for a pupil who is ready).
 */
@Service
public class ChildAccountAges {

  /** The age a school starts with until it says otherwise. */
  public static final int DEFAULT_MINIMUM_AGE = 10;

  private final JdbcClient jdbc;

  ChildAccountAges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The school's minimum age, or the default for an unknown school or none. */
  public int minimumAge(UUID schoolId) {
    if (schoolId == null) {
      return DEFAULT_MINIMUM_AGE;
    }
    return jdbc.sql("select child_account_min_age from school where id = ?")
        .param(schoolId)
        .query(Integer.class)
        .optional()
        .orElse(DEFAULT_MINIMUM_AGE);
  }
}
