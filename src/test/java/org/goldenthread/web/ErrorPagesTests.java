package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spring Boot's error controller picks our page for each status. MockMvc does not forward to /error
 * by itself, so these tests call it as the servlet container would. The MVC slice has no
 * DispatcherServlet bean, without which Boot makes no error view resolver, so {@link ErrorViews}
 * adds Boot's own.
 */
@WebMvcTest(controllers = SitePagesController.class)
@AutoConfigureMockMvc(addFilters = false)
class ErrorPagesTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @CsvSource({
    "404, Page not found",
    "403, You cannot see this page",
    "500, 'Sorry, there is a problem with the service'",
    "503, 'Sorry, something went wrong'",
    "405, 'Sorry, something went wrong'",
    "400, 'Sorry, something went wrong'"
  })
  void eachStatusHasAPageInTheLayout(int status, String heading) throws Exception {
    Document page = errorPage(status);

    assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
    assertThat(page.title()).isEqualTo(heading + " – Golden Thread");
    PageChecks.assertLayout(page);
  }

  @Test
  void pageNotFoundSaysWhatToDoNext() throws Exception {
    Document page = errorPage(404);

    assertThat(page.select("main p").eachText())
        .contains("If you typed the web address, check that it is right.");
    assertThat(page.select("main a").eachAttr("href")).containsExactly("/");
  }

  @Test
  void noExceptionDetailsAreShown() throws Exception {
    String html =
        mvc.perform(
                get("/error")
                    .accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/children/7")
                    .requestAttr(
                        RequestDispatcher.ERROR_EXCEPTION,
                        new IllegalStateException("password=hunter2 for child Sam"))
                    .requestAttr(RequestDispatcher.ERROR_MESSAGE, "password=hunter2"))
            .andExpect(status().isInternalServerError())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .doesNotContain("hunter2")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at org.")
        .doesNotContain("/children/7");
    assertThat(Jsoup.parse(html).text())
        .contains("Anything you saved before this happened is safe");
  }

  private Document errorPage(int status) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                get("/error")
                    .accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @TestConfiguration
  static class ErrorViews {

    @Bean
    DefaultErrorViewResolver errorViewResolver(ApplicationContext context) {
      return new DefaultErrorViewResolver(context, new WebProperties.Resources());
    }
  }
}
