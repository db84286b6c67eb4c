package org.goldenthread.transfer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Moving school through the API: issue 20's shapes, and what reaches the service. */
@WebMvcTest(TransferApiController.class)
class TransferApiControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Transfers transfers;
  @MockitoBean TransferReads reads;

  AccessibleChild sarah;
  TransferView proposed;

  @BeforeEach
  void sarahsMove() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    proposed = TransferViews.of(sarah, TransferStatus.PROPOSED);
  }

  @Test
  void aProposalAnswers201WithIdStatusAndVersion() throws Exception {
    UUID school = proposed.toSchoolId();
    given(transfers.propose(eq(sarah), eq(new Transfers.Proposal(school, TransferViews.MOVES_ON))))
        .willReturn(proposed);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/transfers",
                "{\"toSchoolId\": \"" + school + "\", \"movesOn\": \"2027-09-01\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(proposed.id().toString()))
        .andExpect(jsonPath("$.status").value("PROPOSED"))
        .andExpect(jsonPath("$.version").value(3))
        .andExpect(jsonPath("$.movesOn").value("2027-09-01"))
        .andExpect(jsonPath("$.warnings[0]").isNotEmpty());
  }

  @Test
  void aBodyOfTheWrongFormIsA400NamingTheFieldAndReachesNothing() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/transfers",
                "{\"toSchoolId\": \"<b>school</b>\", \"movesOn\": \"2027-09-01\"}"))
        .andExpect(Slices.badRequestNaming("toSchoolId"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/transfers",
                "{\"toSchoolId\": \"" + UUID.randomUUID() + "\", \"movesOn\": \"1 Sept\"}"))
        .andExpect(Slices.badRequestNaming("movesOn"));
    verify(transfers, never()).propose(any(), any());
  }

  @Test
  void theAnswerAndCancellationReachTheServiceWithTheirVersion() throws Exception {
    TransferView agreed = TransferViews.of(sarah, TransferStatus.AGREED);
    given(transfers.answer(eq(PARENT), eq(proposed.id()), eq(true), eq(3L))).willReturn(agreed);
    given(transfers.cancel(eq(SENCO), eq(proposed.id()), isNull()))
        .willReturn(TransferViews.of(sarah, TransferStatus.CANCELLED));

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/transfers/" + proposed.id() + "/agreement",
                "{\"agreed\": true, \"version\": 3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("AGREED"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/transfers/" + proposed.id() + "/cancellation",
                null))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/transfers/" + proposed.id() + "/agreement",
                "{\"agreed\": \"perhaps\"}"))
        .andExpect(Slices.badRequestNaming("agreed"));
  }

  @Test
  void aMoveHasItsOwnAddressAndTheChildsMovesAreListed() throws Exception {
    given(reads.get(SENCO, proposed.id())).willReturn(proposed);
    given(reads.get(eq(PARENT), any())).willThrow(NotFound.error());
    given(reads.forChild(sarah)).willReturn(List.of(proposed));

    mvc.perform(Slices.apiGet(SENCO, "/api/v1/transfers/" + proposed.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.toSchoolName").value("Brook Primary School"));
    mvc.perform(Slices.apiGet(SENCO, "/api/v1/children/" + sarah.id() + "/transfers"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(proposed.id().toString()));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/transfers/" + proposed.id()))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiGet(SENCO, "/api/v1/transfers/not-an-id")).andExpect(Slices.problem(404));
  }
}
