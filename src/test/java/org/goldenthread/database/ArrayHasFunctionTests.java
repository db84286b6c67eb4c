package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
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
  void theQueryIsTranslatedOnceWhateverTheNumberOfValues() {
    List<UUID> all = query("select s.id from School s", null);
    String jpql = SCHOOLS + " and s.id is not null";
    int before = plans().getNumberOfCachedQueryPlans();

    query(jpql, new UUID[] {all.get(0)});
    int afterFirst = plans().getNumberOfCachedQueryPlans();
    query(jpql, all.toArray(UUID[]::new));
    query(jpql, new UUID[] {all.get(1), all.get(0)});

    assertThat(afterFirst).isEqualTo(before + 1);
    assertThat(plans().getNumberOfCachedQueryPlans()).isEqualTo(afterFirst);
  }

  private QueryInterpretationCache plans() {
    return factory
        .unwrap(SessionFactoryImplementor.class)
        .getQueryEngine()
        .getInterpretationCache();
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
