package org.goldenthread.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Renders a fragment test page and parses it with jsoup. */
final class FragmentPages {

  private FragmentPages() {}

  static Document show(MockMvc mvc, String fragment) throws Exception {
    return render(mvc, get("/test/fragments/" + fragment));
  }

  /** Posts the given form fields (name, value, name, value…) and parses the page shown again. */
  static Document submit(MockMvc mvc, String fragment, String... fields) throws Exception {
    MockHttpServletRequestBuilder request = post("/test/fragments/" + fragment).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return render(mvc, request);
  }

  private static Document render(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }
}
