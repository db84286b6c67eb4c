package org.goldenthread.deadline;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.goldenthread.plan.Slices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /deadlines} and the calculator through the API. */
@WebMvcTest(DeadlineApiController.class)
@Import(CalculatorSlice.class)
class DeadlineApiControllerTests {

  static final String CALCULATOR = "/api/v1/deadlines/calculator";

  @Autowired MockMvc mvc;
  @MockitoBean BankHolidays holidays;
  @MockitoBean Deadlines deadlines;

  @BeforeEach
  void shippedHolidays() {
    ShippedCalendar.stub(holidays);
  }

  @Test
  void answersTheDeadlineShapeWithTheNextWorkingDayAndTheRule() throws Exception {
    mvc.perform(
            Slices.apiGet(
                CalculatorPageControllerTests.PARENT,
                CALCULATOR + "?kind=FINAL_PLAN&on=2026-01-05"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("FINAL_PLAN"))
        .andExpect(jsonPath("$.due").value("2026-05-25"))
        .andExpect(jsonPath("$.nextWorkingDay").value("2026-05-26"))
        .andExpect(jsonPath("$.owner").value("LOCAL_AUTHORITY"))
        .andExpect(jsonPath("$.status").value("MISSED"))
        .andExpect(jsonPath("$.metOn").isEmpty())
        .andExpect(jsonPath("$.calendarCovers").value(true))
        .andExpect(jsonPath("$.dueInWords").value("Monday 25 May 2026"))
        .andExpect(jsonPath("$.explanation[0]", startsWith("The final EHC plan must be issued")));
  }

  @Test
  void aDueDateOnAWorkingDayHasNoNextWorkingDay() throws Exception {
    mvc.perform(
            Slices.apiGet(
                CalculatorPageControllerTests.PARENT,
                CALCULATOR + "?kind=APPEAL&on=2026-10-26&certificateOn=2026-10-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.due").value("2027-01-04"))
        .andExpect(jsonPath("$.nextWorkingDay").doesNotExist())
        .andExpect(jsonPath("$.owner").value("FAMILY"))
        .andExpect(jsonPath("$.status").value("PENDING"));
  }

  @Test
  void refusesEachBadFieldByName() throws Exception {
    var parent = CalculatorPageControllerTests.PARENT;
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?kind=APPEAL"))
        .andExpect(Slices.badRequestNaming("on"));
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?on=2026-01-05"))
        .andExpect(Slices.badRequestNaming("kind"));
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?kind=NOPE&on=2026-01-05"))
        .andExpect(Slices.badRequestNaming("kind"));
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?kind=ACTION&on=2026-01-05"))
        .andExpect(Slices.badRequestNaming("kind"));
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?kind=APPEAL&on=2026-02-30"))
        .andExpect(Slices.badRequestNaming("on"));
    mvc.perform(Slices.apiGet(parent, CALCULATOR + "?kind=APPEAL&on=0001-01-05"))
        .andExpect(Slices.badRequestNaming("on"));
    mvc.perform(
            Slices.apiGet(
                parent, CALCULATOR + "?kind=APPEAL&on=2026-01-05&certificateOn=2026-01-04"))
        .andExpect(Slices.badRequestNaming("certificateOn"));
    mvc.perform(
            Slices.apiGet(
                parent, CALCULATOR + "?kind=PHASE_TRANSFER&on=2026-09-01&dateOfBirth=2026-09-02"))
        .andExpect(Slices.badRequestNaming("dateOfBirth"));
  }

  @Test
  void listsTheCallersDeadlinesPagedWithTheirFilters() throws Exception {
    UUID child = UUID.randomUUID();
    List<Deadline> all =
        IntStream.range(0, 3)
            .mapToObj(
                i ->
                    new Deadline(
                        DeadlineKind.ACTION,
                        LocalDate.of(2026, 12, 1 + i),
                        null,
                        DeadlineOwner.TEAM_MEMBER,
                        "Helen Carter",
                        DeadlineStatus.MISSED,
                        null,
                        null,
                        UUID.randomUUID(),
                        child,
                        List.of(),
                        true,
                        null))
            .toList();
    given(deadlines.visibleTo(any(), eq(DeadlineStatus.MISSED), eq(LocalDate.parse("2027-01-01"))))
        .willReturn(all);

    mvc.perform(
            Slices.apiGet(
                CalculatorPageControllerTests.PARENT,
                "/api/v1/deadlines?status=MISSED&dueBefore=2027-01-01&page=1&size=2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.items[0].due").value("2026-12-03"))
        .andExpect(jsonPath("$.items[0].ownerName").value("Helen Carter"))
        .andExpect(jsonPath("$.items[0].childId").value(child.toString()))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(
            Slices.apiGet(CalculatorPageControllerTests.PARENT, "/api/v1/deadlines?status=LATE"))
        .andExpect(Slices.badRequestNaming("status"));
    mvc.perform(
            Slices.apiGet(CalculatorPageControllerTests.PARENT, "/api/v1/deadlines?size=100000"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.items[*].kind", hasSize(0)));
  }
}
