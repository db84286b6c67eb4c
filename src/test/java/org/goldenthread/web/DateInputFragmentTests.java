package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FragmentTest
class DateInputFragmentTests {

  @Autowired MockMvc mvc;

  @Test
  void threeLabelledBoxesInAGroup() throws Exception {
    Document page = FragmentPages.show(mvc, "date-input");

    Element fieldset = page.selectFirst("fieldset.govuk-fieldset[role=group]");
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("dateOfBirth-hint");
    assertThat(fieldset.selectFirst("legend").text()).isEqualTo("What is your date of birth?");
    assertThat(page.getElementById("dateOfBirth-hint").text()).isEqualTo("For example, 27 3 2007");
    assertThat(page.getElementById("dateOfBirth").hasClass("govuk-date-input")).isTrue();
    for (String part : new String[] {"day", "month", "year"}) {
      Element input = page.getElementById("dateOfBirth." + part);
      assertThat(input.attr("name")).isEqualTo("dateOfBirth." + part);
      assertThat(input.attr("inputmode")).isEqualTo("numeric");
      assertThat(input.attr("autocomplete")).isEqualTo("bday-" + part);
      assertThat(input.hasClass("govuk-date-input__input")).isTrue();
      assertThat(input.hasClass("govuk-input--error")).isFalse();
      assertThat(page.selectFirst("label[for=dateOfBirth." + part + "]")).isNotNull();
    }
    assertThat(page.getElementById("dateOfBirth.year").hasClass("govuk-input--width-4")).isTrue();
    assertThat(page.getElementById("dateOfBirth.day").hasClass("govuk-input--width-2")).isTrue();
    assertThat(page.select("label.govuk-date-input__label").eachText())
        .containsExactly("Day", "Month", "Year");
  }

  @Test
  void aDateThatIsNotRealMarksAllThreeBoxesAndLinksToTheDay() throws Exception {
    Document page =
        FragmentPages.submit(
            mvc,
            "date-input",
            "fullName",
            "Sam",
            "dateOfBirth.day",
            "31",
            "dateOfBirth.month",
            "2",
            "dateOfBirth.year",
            "2019");

    for (String part : new String[] {"day", "month", "year"}) {
      assertThat(page.getElementById("dateOfBirth." + part).hasClass("govuk-input--error"))
          .isTrue();
    }
    assertThat(page.getElementById("dateOfBirth.day").val()).isEqualTo("31");
    assertThat(page.getElementById("dateOfBirth.month").val()).isEqualTo("2");
    assertThat(page.getElementById("dateOfBirth.year").val()).isEqualTo("2019");
    Element fieldset = page.selectFirst("fieldset[role=group]");
    assertThat(fieldset.parent().hasClass("govuk-form-group--error")).isTrue();
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("dateOfBirth-hint dateOfBirth-error");
    assertThat(page.getElementById("dateOfBirth-error").text())
        .isEqualTo("Error: Date of birth must be a real date");
    Element link = page.selectFirst(".govuk-error-summary a[href=#dateOfBirth.day]");
    assertThat(link.text()).isEqualTo("Date of birth must be a real date");
  }

  @Test
  void aMissingYearMarksOnlyTheYearAndLinksToIt() throws Exception {
    Document page =
        FragmentPages.submit(
            mvc,
            "date-input",
            "dateOfBirth.day",
            "3",
            "dateOfBirth.month",
            "4",
            "dateOfBirth.year",
            "");

    assertThat(page.getElementById("dateOfBirth.year").hasClass("govuk-input--error")).isTrue();
    assertThat(page.getElementById("dateOfBirth.day").hasClass("govuk-input--error")).isFalse();
    assertThat(page.getElementById("dateOfBirth.month").hasClass("govuk-input--error")).isFalse();
    assertThat(page.getElementById("dateOfBirth-error").text())
        .isEqualTo("Error: Date of birth must include a year");
    assertThat(page.selectFirst(".govuk-error-summary a[href=#dateOfBirth.year]")).isNotNull();
  }

  @Test
  void theSummaryFollowsTheOrderOfThePage() throws Exception {
    Document page = FragmentPages.submit(mvc, "date-input", "fullName", "");

    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .startsWith("#fullName", "#dateOfBirth.day");
  }

  @Test
  void typedTextIsEscaped() throws Exception {
    Document page =
        FragmentPages.submit(
            mvc, "date-input", "dateOfBirth.day", "\"><script>x</script>", "dateOfBirth.year", "1");

    assertThat(page.getElementById("dateOfBirth.day").val()).isEqualTo("\"><script>x</script>");
    assertThat(page.select("script")).isEmpty();
  }
}
