package org.goldenthread.directory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The directory through the API: issue 18's shapes, and what reaches the service. */
@WebMvcTest(DirectoryApiController.class)
class DirectoryApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);

  @Autowired MockMvc mvc;
  @MockitoBean Directory directory;

  @Test
  void aSearchIsAPageOfServicesWithTheFixedFields() throws Exception {
    ServiceView razem = DirectoryViews.razem();
    given(directory.search(new DirectoryQuery("autistic", "ASD", "NS1", "POL", false), 0, 50))
        .willReturn(new PageOf<>(List.of(razem), 0, 50, 1));

    mvc.perform(
            Slices.apiGet(
                PARENT, "/api/v1/directory/services?q=autistic&need=ASD&area=NS1&language=POL"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(razem.id().toString()))
        .andExpect(jsonPath("$.items[0].name").value(razem.name()))
        .andExpect(jsonPath("$.items[0].summary").value(razem.summary()))
        .andExpect(jsonPath("$.items[0].needs[0]").value("ASD"))
        .andExpect(jsonPath("$.items[0].areas[1]").value("NS1"))
        .andExpect(jsonPath("$.items[0].languages[0]").value("POL"))
        .andExpect(jsonPath("$.items[0].contact.phone").value("0113 496 0003"))
        .andExpect(jsonPath("$.items[0].cost").value("Free"))
        .andExpect(jsonPath("$.items[0].independent").value(true))
        .andExpect(jsonPath("$.items[0].lastCheckedOn").value("2026-09-01"))
        .andExpect(jsonPath("$.items[0].version").value(3))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void aServiceAddedAnswers201AndItsContactIsNamedAsTheBodyNestsIt() throws Exception {
    ServiceView razem = DirectoryViews.razem();
    given(directory.add(eq(OFFICER), any())).willReturn(razem);
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                OFFICER,
                "/api/v1/directory/services",
                "{\"name\": \"Razem\", \"kind\": \"SUPPORT_GROUP\", \"contact\": {\"phone\":"
                    + " \"0113 496 0003\"}}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(razem.id().toString()));

    given(directory.add(eq(OFFICER), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("summary", "directory.error.summary"),
                    new FieldMessage("website", "directory.error.website"))));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, OFFICER, "/api/v1/directory/services", "{\"name\": \"Razem\"}"))
        .andExpect(Slices.badRequestNaming("summary", "contact.website"));
  }

  @Test
  void aKindThatIsNoneOrADateThatIsNoneIsNamedBeforeTheServiceIsAsked() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                OFFICER,
                "/api/v1/directory/services",
                "{\"kind\": \"CIRCUS\", \"lastCheckedOn\": \"yesterday\"}"))
        .andExpect(Slices.badRequestNaming("kind", "lastCheckedOn"));
  }

  @Test
  void aChangeCarriesTheVersionItRead() throws Exception {
    ServiceView razem = DirectoryViews.razem();
    given(directory.change(eq(OFFICER), eq(razem.id()), any(), eq(3L))).willReturn(razem);
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                OFFICER,
                "/api/v1/directory/services/" + razem.id(),
                "{\"cost\": \"Free\", \"version\": 3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(3));
  }
}
