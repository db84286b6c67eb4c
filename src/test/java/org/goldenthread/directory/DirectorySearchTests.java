package org.goldenthread.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search over 5,000 generated services (the bench's directory), in a transaction rolled back
 * afterwards: it answers exactly the rows a plain count finds, pages in the database, and runs in
 * the GIN indexes rather than reading the whole table. How fast it answers is bench/run's job.
 */
@IntegrationTest
@Transactional
class DirectorySearchTests {

  static final int SERVICES = 5_000;

  @Autowired GeneratedServices generated;
  @Autowired Directory directory;
  @Autowired DirectorySearch search;
  @Autowired JdbcClient sql;

  @BeforeEach
  void fiveThousandServices() {
    generated.add(SERVICES, "990");
    sql.sql("analyze directory_service").update();
  }

  private long count(String where) {
    return sql.sql("select count(*) from directory_service where " + where)
        .query(Long.class)
        .single();
  }

  @Test
  void autisticFindsEveryServiceTaggedForAutismOrSayingSo() {
    PageOf<ServiceView> found = directory.search(DirectoryQuery.words("autistic"), 0, 50);

    long expected =
        count(
            "'ASD' = any(needs) or search @@ websearch_to_tsquery('english',"
                + " 'autistic or autism or asd or asc or asperger or aspergers or neurodivergent"
                + " or neurodiverse')");
    assertThat(expected).isGreaterThan(300);
    assertThat(found.total()).isEqualTo(expected);
    assertThat(found.items()).hasSize(50);
    assertThat(found.items().get(0).needs()).contains("ASD");
  }

  @Test
  void theFiltersHoldTogetherAndPagesDoNotOverlap() {
    DirectoryQuery query = new DirectoryQuery("autistic", "ASD", "NS3", "POL", false);
    long expected = count("'ASD' = any(needs) and 'POL' = any(languages) and 'NS3' = any(areas)");

    PageOf<ServiceView> first = directory.search(query, 0, 5);
    PageOf<ServiceView> second = directory.search(query, 1, 5);

    assertThat(first.total()).isEqualTo(expected).isGreaterThan(0);
    for (ServiceView service : first.items()) {
      assertThat(service.needs()).contains("ASD");
      assertThat(service.languages()).contains("POL");
      assertThat(service.areas()).contains("NS3");
    }
    Set<UUID> ids = new HashSet<>();
    first.items().forEach(s -> ids.add(s.id()));
    second.items().forEach(s -> assertThat(ids.add(s.id())).isTrue());

    long wide = count("'ASD' = any(needs) and 'POL' = any(languages)");
    assertThat(
            directory
                .search(new DirectoryQuery("autistic", "ASD", null, "POL", false), 0, 50)
                .total())
        .isEqualTo(wide)
        .isGreaterThan(expected);
  }

  @Test
  void aRareWordIsFoundThroughTheFullTextIndex() {
    List<String> plan =
        search.plan(
            List.of("humsafar"),
            new DirectorySearch.Filters(null, null, null, false),
            directory.today());

    assertThat(String.join("\n", plan))
        .contains("directory_service_search")
        .doesNotContain("Seq Scan");
    assertThat(directory.search(DirectoryQuery.words("Humsafar"), 0, 10).items())
        .extracting(ServiceView::name)
        .containsExactly("Humsafar Parents Group");
  }

  @Test
  void theNeedAndLanguageFiltersRunInTheirIndexes() {
    List<String> plan =
        search.plan(
            List.of("autistic"),
            new DirectorySearch.Filters("ASD", null, "POL", false),
            directory.today());

    assertThat(String.join("\n", plan)).contains("Bitmap Index Scan").doesNotContain("Seq Scan");
  }
}
