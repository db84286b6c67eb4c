package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = SitePagesController.class)
@AutoConfigureMockMvc(addFilters = false)
class SitePagesTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"/accessibility", "/privacy", "/cookies"})
  void dump(String path) throws Exception {
    String html =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump" + path + ".html"), html);
    Document page = Jsoup.parse(html);
    assertThat(page.select("main#main-content h1")).hasSize(1);
  }
}
