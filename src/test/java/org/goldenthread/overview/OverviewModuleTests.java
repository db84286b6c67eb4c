package org.goldenthread.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The overview module with only what it depends on (and the database): it counts the records of the
 * modules it reports on straight from their tables, so it starts and answers without them; its
 * officer reads the figures, another authority's officer and a SENCO find nothing. The web module
 * (the clock), the child (its home panel) and the family (which the child's door asks) are started
 * too.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "web", "child", "family"})
@ActiveProfiles("test")
class OverviewModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Overviews overviews;

  @Test
  void theOfficerReadsTheFiguresAndNoOneElseDoes() {
    AnArea area = AnArea.open(context);

    AuthorityDashboard dashboard = overviews.dashboard(area.officer(), area.authority());

    assertThat(dashboard.assessments().finished()).isEqualTo(2);
    assertThat(dashboard.assessments().within20Weeks()).isEqualTo(1);
    assertThat(dashboard.annualReviews().overdue()).isEqualTo(1);
    assertThat(dashboard.missedDeadlines().missed()).isEqualTo(3);
    assertThat(dashboard.disagreements().open()).isEqualTo(1);
    assertThat(dashboard.senChildren().senSupport()).isEqualTo(3);
    assertThat(dashboard.senChildren().ehcPlan()).isEqualTo(5);

    AnArea other = AnArea.open(context);
    assertThatThrownBy(() -> overviews.dashboard(other.officer(), area.authority()))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(404));
    FreshSchool school = FreshSchool.open(context);
    assertThatThrownBy(() -> overviews.dashboard(school.senco(), area.authority()))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(404));
  }
}
