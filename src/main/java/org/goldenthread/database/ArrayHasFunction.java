package org.goldenthread.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code array_has(:values, x)} in a query: true when {@code x} is one of {@code values}, an array
 * bound as one parameter ({@code UUID[]}, …), which PostgreSQL answers as {@code x = any(?)} with
 * the index on {@code x}.
 *
 * <p>Why not {@code x in :values} with a collection: Hibernate writes a query with a list parameter
 * out anew, from its tree to SQL, every time it runs (a list's length changes the SQL, so such
 * queries are never kept translated; nor are those with an entity graph), which was a tenth of the
 * work of a child's page and of a SENCO's home. With one array parameter the SQL is the same
 * whatever the number of values, and Hibernate translates it once. The array comes first: Hibernate
 * lets a function's last argument take a list, and a query that may be given one is not kept
 * either. Registered for Hibernate in {@code META-INF/services}.
 */
public class ArrayHasFunction implements FunctionContributor {

  @Override
  public void contributeFunctions(FunctionContributions functions) {
    functions
        .getFunctionRegistry()
        .patternDescriptorBuilder("array_has", "(?2 = any(?1))")
        .setExactArgumentCount(2)
        .setInvariantType(
            functions
                .getTypeConfiguration()
                .getBasicTypeRegistry()
                .resolve(StandardBasicTypes.BOOLEAN))
        .register();
  }
}
