package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ArrayHasFunctionTests {

  private static final String SCHOOLS = "select s.id from School s where array_has(:ids, s.id)";

  @Autowired EntityManagerFactory factory;

  @Test
  void findsTheRowsWhoseValueIsInTheArray() {
    List<UUID> all = query("select s.id from School s", null);
    UUID[] twoAndAStranger = {all.get(0), all.get(1), UUID.randomUUID()};

    assertThat(query(SCHOOLS, twoAndAStranger)).containsExactlyInAnyOrder(all.get(0), all.get(1));
    assertThat(query(SCHOOLS, new UUID[0])).isEmpty();
  }

  @Test
  void hibernateKeepsTheQueryTranslatedWhereAListParameterWouldNotBe() {
    List<UUID> all = query("select s.id from School s", null);
    EntityManager entityManager = factory.createEntityManager();
    try {
      var withArray =
          entityManager
              .createQuery(SCHOOLS, UUID.class)
              .setParameter("ids", all.toArray(UUID[]::new));
      var withList =
          entityManager
              .createQuery("select s.id from School s where s.id in :ids", UUID.class)
              .setParameter("ids", all);

      assertThat(keptTranslated(withArray)).isTrue();
      assertThat(keptTranslated(withList)).isFalse();
    } finally {
      entityManager.close();
    }
  }

  /** Whether Hibernate keeps the query's translation to SQL in its plan cache, by its own rule. */
  private static boolean keptTranslated(jakarta.persistence.TypedQuery<?> query) {
    return SqmInterpretationsKey.createInterpretationsKey(query.unwrap(SqmQueryImpl.class)) != null;
  }

  private List<UUID> query(String jpql, UUID[] ids) {
    EntityManager entityManager = factory.createEntityManager();
    try {
      var query = entityManager.createQuery(jpql, UUID.class);
      if (ids != null) {
        query.setParameter("ids", ids);
      }
      return query.getResultList();
    } finally {
      entityManager.close();
    }
  }
}
