/**
 * The embedded PostgreSQL server that a first run and the test suite use when no external database
 * is configured, and the query function {@code array_has} ({@link
 * org.goldenthread.database.ArrayHasFunction}). Level 0: it knows nothing of the capabilities above
 * it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.goldenthread.database;
