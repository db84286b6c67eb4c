package org.goldenthread.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The caseload module with only what it depends on (and the database): a school's figures and lists
 * are counted in the database from the records of the capabilities it reads, and a school's
 * caseload is nothing to another school's SENCO.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "web", "identity"})
@ActiveProfiles("test")
class CaseloadModuleTests {

  @Autowired ApplicationContext context;
  @Autowired SchoolCaseloads caseloads;
  @Autowired JdbcClient sql;

  @Test
  void theFiguresAndListsComeFromTheDatabase() {
    FreshSchool school = FreshSchool.open(context);
    UUID onSupport = UUID.randomUUID();
    FreshSchool.child(sql, onSupport, school.id());
    sql.sql(
            """
            insert into voice_view (id, child_id, whose, body, recorded_by_name, recorded_at,
              status)
            values (gen_random_uuid(), ?, 'FAMILY', 'We are worried', 'Mum', now(), 'OPEN')
            """)
        .param(onSupport)
        .update();

    assertThat(caseloads.school(school.senco(), school.id()).id()).isEqualTo(school.id());
    CaseloadQueries.Figures figures = caseloads.figures(school.id());
    assertThat(figures.children()).isEqualTo(1);
    assertThat(figures.of(Figure.SEN_SUPPORT)).isEqualTo(1);
    assertThat(figures.of(Figure.OPEN_VIEWS)).isEqualTo(1);
    assertThat(figures.of(Figure.FEW_MEETINGS)).isEqualTo(1);
    assertThat(figures.of(Figure.EHC_PLAN)).isZero();

    CaseloadFilter views = CaseloadFilter.showing(Figure.OPEN_VIEWS);
    assertThat(caseloads.count(school.id(), views)).isEqualTo(1);
    assertThat(caseloads.page(school.id(), views, 0).matching()).isEqualTo(1);
    assertThat(caseloads.page(school.id(), views, 0).rows())
        .singleElement()
        .satisfies(row -> assertThat(row.openViews()).isEqualTo(1));
    List<CaseloadRow> streamed = new ArrayList<>();
    caseloads.each(school.id(), CaseloadFilter.showing(Figure.EHC_PLAN), streamed::add);
    assertThat(streamed).isEmpty();
  }

  @Test
  void anotherSchoolsSencoFindsNothing() {
    FreshSchool ours = FreshSchool.open(context);
    FreshSchool theirs = FreshSchool.open(context);

    assertThatThrownBy(() -> caseloads.school(theirs.senco(), ours.id()))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(404));
  }
}
