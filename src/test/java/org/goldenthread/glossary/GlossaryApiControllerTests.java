package org.goldenthread.glossary;

import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The glossary's API: a page of terms as slug, term and explanation only; one term; a 404. */
@WebMvcTest(GlossaryApiController.class)
@Import(Slices.Pages.class)
class GlossaryApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final GlossaryEntry SENCO =
      new GlossaryEntry("senco", "SENCO", "The teacher who makes sure…", 7);

  @Autowired MockMvc mvc;
  @MockitoBean Glossary glossary;

  @Test
  void aPageOfTerms() throws Exception {
    given(
            glossary.search(
                isNull(), org.mockito.ArgumentMatchers.eq(0), org.mockito.ArgumentMatchers.eq(50)))
        .willReturn(new PageOf<>(List.of(SENCO), 0, 50, 1));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/glossary"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].slug").value("senco"))
        .andExpect(jsonPath("$.items[0].term").value("SENCO"))
        .andExpect(jsonPath("$.items[0].explanation").value("The teacher who makes sure…"))
        .andExpect(jsonPath("$.items[0].version").doesNotExist())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void oneTermAndAnUnknownOne() throws Exception {
    given(glossary.find("senco")).willReturn(Optional.of(SENCO));
    given(glossary.find("nope")).willReturn(Optional.empty());

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/glossary/senco"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.term").value("SENCO"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/glossary/nope")).andExpect(Slices.problem(404));
  }
}
