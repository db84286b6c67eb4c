package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The bank holidays page: what is loaded, and a newer file loaded by an administrator. */
@WebMvcTest(BankHolidayPageController.class)
@Import(CalculatorSlice.class)
class BankHolidayPageControllerTests {

  static final CurrentUser ADMIN = TestDoor.person("Ada Admin", Role.PLATFORM_ADMIN);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final String PATH = "/admin/bank-holidays";

  @Autowired MockMvc mvc;
  @MockitoBean BankHolidays holidays;

  @BeforeEach
  void shippedHolidays() {
    ShippedCalendar.stub(holidays);
  }

  private static MockMultipartHttpServletRequestBuilder upload(String content, String version) {
    MockMultipartHttpServletRequestBuilder request = multipart(PATH);
    if (content != null) {
      request.file(
          new MockMultipartFile(
              "file",
              "bank-holidays.json",
              "application/json",
              content.getBytes(StandardCharsets.UTF_8)));
    }
    return (MockMultipartHttpServletRequestBuilder)
        request.param("version", version).with(csrf()).with(user(ADMIN));
  }

  private Document refused(MockMultipartHttpServletRequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  @Test
  void showsTheYearsCoveredAndEveryHolidayByYear() throws Exception {
    Document page = Slices.show(mvc, ADMIN, PATH);

    assertThat(page.select("h1").text()).isEqualTo("Bank holidays");
    assertThat(page.select("dd").eachText()).contains("2025 to 2028");
    assertThat(page.select("caption").eachText()).containsExactly("2025", "2026", "2027", "2028");
    assertThat(page.select("td").eachText())
        .contains("Monday 28 December 2026", "Boxing Day", "Monday 3 January 2028");
    assertThat(page.select("label[for=file]").text()).isEqualTo("The bank holidays file");
    assertThat(page.select("input[name=version]").val()).isEqualTo("0");
    assertThat(page.select(".govuk-warning-text")).isEmpty();
  }

  @Test
  void warnsWhenTheHolidaysEndThisYear() throws Exception {
    given(holidays.coverage())
        .willReturn(
            java.util.Optional.of(
                new CalendarCoverage(
                    2024, 2026, "x", "y", Instant.parse("2026-01-01T00:00:00Z"), 3)));

    Document page = Slices.show(mvc, ADMIN, PATH);

    assertThat(page.select(".govuk-warning-text").text())
        .contains("The bank holidays end with 2026");
  }

  @Test
  void loadsANewerFileAndSaysWhichYears() throws Exception {
    given(holidays.load(any(), anyString(), anyString(), eq(0L)))
        .willReturn(
            new CalendarCoverage(
                2025, 2028, "bank-holidays.json", "Ada", Instant.parse("2026-11-23T10:00:00Z"), 1));

    mvc.perform(upload(new String(ShippedCalendar.shippedFile(), StandardCharsets.UTF_8), "0"))
        .andExpect(redirectedUrl(PATH))
        .andExpect(flash().attributeExists("pageBanner"));

    verify(holidays).load(any(), eq("bank-holidays.json"), anyString(), eq(0L));
  }

  @Test
  void aFileThatIsNotOneIsAnErrorByTheFieldAndNothingIsLoaded() throws Exception {
    Document none = refused(upload(null, "0"));
    assertThat(none.select("#file-error").text()).contains("Choose the bank holidays file");
    assertThat(none.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");

    Document garbage = refused(upload("<html>\u0000</html>", "0"));
    assertThat(garbage.select("#file-error").text()).contains("must be a JSON file");

    Document twice =
        refused(
            upload(
                "{\"england-and-wales\": {\"events\": [{\"title\": \"A\", \"date\": \"2029-01-01\"},"
                    + " {\"title\": \"B\", \"date\": \"2029-01-01\"}]}}",
                "0"));
    assertThat(twice.select("#file-error").text()).contains("The file has 2029-01-01 twice");

    verify(holidays, never()).load(any(), anyString(), anyString(), any());
  }

  @Test
  void aVersionThePageDidNotWriteIsA400AndNothingIsLoaded() throws Exception {
    String shipped = new String(ShippedCalendar.shippedFile(), StandardCharsets.UTF_8);
    mvc.perform(upload(shipped, "abc")).andExpect(status().isBadRequest());
    mvc.perform(upload(shipped, "1.5")).andExpect(status().isBadRequest());
    verify(holidays, never()).load(any(), anyString(), anyString(), any());
  }

  @Test
  void aFileLoadedBySomeoneElseMeanwhileIsAnErrorNotAnOverwrite() throws Exception {
    given(holidays.load(any(), anyString(), anyString(), eq(0L)))
        .willThrow(new BankHolidays.CalendarChanged());

    Document page =
        refused(upload(new String(ShippedCalendar.shippedFile(), StandardCharsets.UTF_8), "0"));

    assertThat(page.select("#file-error").text()).contains("Someone loaded another file");
  }

  @Test
  void onlyAPlatformAdministratorMayOpenIt() throws Exception {
    mvc.perform(get(PATH).with(user(SENCO))).andExpect(status().isForbidden());
  }
}
