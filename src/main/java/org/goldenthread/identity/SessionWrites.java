package org.goldenthread.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Page sessions are kept in the database so that every session of a person can be ended and two app
 * nodes share them. Spring Session writes a session's row back on every request, only to move its
 * last-access time on; that write (and the flush to disk that commits it) cost most of each
 * request. Here the row is written when something in it changes (the id after sign-in, the person,
 * the time-out) or when the last access it holds is a minute old or more. A session therefore ends
 * after 30 minutes without a request, give or take a minute. And two requests of one session at
 * once never fail on the session's own rows.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

  /** How stale the stored last access may grow before a request writes it again. */
  static final long LAST_ACCESS_GRANULARITY_MS = 60_000;

  /**
   * Spring Session's own update, with its parameters in its own order, that leaves the row alone
   * while nothing but a last access less than a minute on has changed.
   */
  static final String UPDATE_SESSION_QUERY =
      """
      UPDATE %TABLE_NAME% S
      SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
          MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
          PRINCIPAL_NAME = V.PRINCIPAL_NAME
      FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                   CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                   CAST(? AS VARCHAR(320)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
      WHERE S.PRIMARY_ID = V.PRIMARY_ID
        AND (S.SESSION_ID <> V.SESSION_ID
             OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
             OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
             OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %GRANULARITY%)
      """
          .replace("%GRANULARITY%", Long.toString(LAST_ACCESS_GRANULARITY_MS));

  /**
   * Spring Session's insert of an attribute, made safe for two requests of one session at once (a
   * family opening two pages together right after signing in both save the same new attribute): the
   * second one writes its value over the first's instead of failing with a duplicate key.
   */
  static final String CREATE_SESSION_ATTRIBUTE_QUERY =
      """
      INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      VALUES (?, ?, ?)
      ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
      DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
      """;

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> safeAndSparingSessionWrites() {
    return repository -> {
      repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
      repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
    };
  }
}
