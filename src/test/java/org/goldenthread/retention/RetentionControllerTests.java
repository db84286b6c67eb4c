package org.goldenthread.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.PageBanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention page and its API over a stubbed run: the dry run rule by rule (children by id
 * only), the latest runs, the button that runs it; administrators only, everyone else 403 as on the
 * other administrator pages.
 */
@WebMvcTest({RetentionPageController.class, RetentionApiController.class})
@Import(RetentionControllerTests.Slice.class)
class RetentionControllerTests {

  static final CurrentUser ADMIN = TestDoor.person("Alex Morgan", Role.PLATFORM_ADMIN);
  static final String CHILD = "0b5f3c1e-8f43-4c43-9d7e-2d3f4a5b6c7d";
  static final List<RuleReport> DRY_RUN =
      List.of(
          new RuleReport("outbox", new Rule.Keep(Period.ofDays(30), null), List.of("m1", "m2")),
          new RuleReport("audit-log", new Rule.Keep(Period.ofYears(6), null), List.of()),
          new RuleReport("children", new Rule.Keep(null, 25), List.of(CHILD)));
  static final PastRun YESTERDAY =
      new PastRun(
          LocalDate.of(2026, 11, 22),
          Instant.parse("2026-11-22T02:30:00Z"),
          Instant.parse("2026-11-22T02:30:01Z"),
          "SCHEDULE",
          Map.of("outbox", 4, "children", 1, "audit-log", 0));

  @Autowired MockMvc mvc;
  @MockitoBean RetentionRuns runs;

  @Test
  void thePageListsWhatEachRuleWouldDeleteAndTheLatestRuns() throws Exception {
    given(runs.dryRun(any())).willReturn(DRY_RUN);
    given(runs.history(anyInt())).willReturn(List.of(YESTERDAY));

    Document page = Slices.show(mvc, ADMIN, "/admin/retention");

    assertThat(page.select("h1").text()).isEqualTo("Retention");
    assertThat(page.select("#rule-outbox td").eachText())
        .containsExactly("Mail in the outbox", "30 days", "2");
    assertThat(page.select("#rule-audit-log td").eachText())
        .containsExactly("Entries in the audit log", "6 years", "0");
    assertThat(page.select("#rule-children td").get(1).text())
        .isEqualTo("Until 31 August of the school year in which the young person turns 25");
    assertThat(page.select("#rule-children code").eachText()).containsExactly(CHILD);
    assertThat(page.select("#rule-outbox code")).isEmpty();
    assertThat(page.text()).contains("every day (at 0 30 2 * * *");
    assertThat(page.select("form[action=/admin/retention/runs] button").text())
        .isEqualTo("Delete these records now");
    assertThat(page.select("table[aria-labelledby=runs] tbody td").eachText())
        .containsExactly(
            "22 November 2026 at 2:30am",
            "The daily run",
            "4: Mail in the outbox 1: Children’s records, with everything about each child");
  }

  @Test
  void runningSaysHowManyWentOrThatTodaysRunHappenedAlready() throws Exception {
    given(runs.run(any(), any())).willReturn(Optional.of(DRY_RUN));
    mvc.perform(Slices.form(ADMIN, "/admin/retention/runs"))
        .andExpect(redirectedUrl("/admin/retention"))
        .andExpect(
            flash()
                .attribute(PageBanner.ATTRIBUTE, PageBanner.success("retention.banner.ran", "3")));
    verify(runs).run(any(), org.mockito.ArgumentMatchers.eq(RetentionRuns.Trigger.ADMINISTRATOR));

    given(runs.run(any(), any())).willReturn(Optional.empty());
    mvc.perform(Slices.form(ADMIN, "/admin/retention/runs"))
        .andExpect(redirectedUrl("/admin/retention"))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.important("retention.banner.already", null)));
  }

  @Test
  void theApiAnswersTheDryRunWithChildrenByIdAndOtherRecordsCounted() throws Exception {
    given(runs.dryRun(any())).willReturn(DRY_RUN);
    given(runs.history(anyInt())).willReturn(List.of(YESTERDAY));

    mvc.perform(Slices.apiGet(ADMIN, "/api/v1/admin/retention"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rules[0].rule").value("outbox"))
        .andExpect(jsonPath("$.rules[0].keptFor").value("P30D"))
        .andExpect(jsonPath("$.rules[0].count").value(2))
        .andExpect(jsonPath("$.rules[0].childIds").doesNotExist())
        .andExpect(jsonPath("$.rules[2].keptUntilAge").value(25))
        .andExpect(jsonPath("$.rules[2].childIds[0]").value(CHILD))
        .andExpect(jsonPath("$.runs[0].day").value("2026-11-22"))
        .andExpect(jsonPath("$.runs[0].deleted.outbox").value(4));
  }

  @Test
  void everyoneButTheAdministratorIsRefused() throws Exception {
    for (Role role : List.of(Role.SENCO, Role.PARENT, Role.AUTHORITY_OFFICER)) {
      CurrentUser someone = TestDoor.person("Someone", role);
      mvc.perform(get("/admin/retention").with(user(someone))).andExpect(status().isForbidden());
      mvc.perform(Slices.form(someone, "/admin/retention/runs")).andExpect(status().isForbidden());
      mvc.perform(Slices.apiGet(someone, "/api/v1/admin/retention"))
          .andExpect(status().isForbidden());
    }
    verifyNoInteractions(runs);
  }

  @TestConfiguration(proxyBeanMethods = false)
  @EnableMethodSecurity
  @Import(Slices.Pages.class)
  static class Slice {
    @Bean
    RetentionSettings retentionSettings() {
      return new RetentionSettings(
          25,
          Period.ofYears(6),
          Period.ofDays(30),
          Period.ofDays(30),
          Period.ofDays(30),
          "0 30 2 * * *");
    }
  }
}
