package org.goldenthread.child;

import static org.goldenthread.child.ChildPeople.PARENT;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

@WebMvcTest(ChildAccountApiController.class)
class ChildAccountApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ChildAccounts accounts;

  static final Instant SENT = Instant.parse("2026-11-23T09:30:00Z");

  private static String account(AccessibleChild child) {
    return "/api/v1/children/" + child.id() + "/account";
  }

  @Test
  void answersWhetherTheChildHasAnAccountAndTheInvitationWaiting() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    UUID invitation = UUID.randomUUID();
    given(accounts.status(sarah))
        .willReturn(
            new ChildAccountStatus(
                sarah.id(),
                "Sarah Bennett",
                false,
                13,
                10,
                new ChildAccountStatus.Pending(
                    invitation, "sarah@example.org", SENT, SENT.plusSeconds(7 * 86400))));

    mvc.perform(ChildApi.get(SENCO, account(sarah)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.childId").value(sarah.id().toString()))
        .andExpect(jsonPath("$.hasAccount").value(false))
        .andExpect(jsonPath("$.minimumAge").value(10))
        .andExpect(jsonPath("$.oldEnough").value(true))
        .andExpect(jsonPath("$.invitation.id").value(invitation.toString()))
        .andExpect(jsonPath("$.invitation.email").value("sarah@example.org"))
        .andExpect(jsonPath("$.invitation.expiresAt").value("2026-11-30T09:30:00Z"));
  }

  @Test
  void aParentInvitesTheChildAndGets201WithTheInvitation() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    UUID invitation = UUID.randomUUID();
    given(accounts.invite(sarah, "sarah@example.org"))
        .willReturn(
            new ChildAccountStatus.Pending(
                invitation, "sarah@example.org", SENT, SENT.plusSeconds(7 * 86400)));

    mvc.perform(
            ChildApi.send(
                HttpMethod.POST, PARENT, account(sarah), "{\"email\": \"sarah@example.org\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(invitation.toString()))
        .andExpect(jsonPath("$.email").value("sarah@example.org"))
        .andExpect(jsonPath("$.sentAt").value("2026-11-23T09:30:00Z"));
    verify(accounts).invite(sarah, "sarah@example.org");
  }

  @Test
  void aChildTooYoungIsA400NamingTheDateOfBirth() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(accounts.invite(any(), any()))
        .willThrow(ValidationProblem.of("dateOfBirth", "child.account.error.tooYoung"));

    mvc.perform(ChildApi.send(HttpMethod.POST, SENCO, account(sarah), "{\"email\": \"a@b.org\"}"))
        .andExpect(ChildApi.badRequestNaming("dateOfBirth"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "This child is younger than the age their school has set for an account of"
                        + " their own"));
  }

  @Test
  void aSecondInvitationIsA409() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(accounts.invite(any(), any()))
        .willThrow(
            new ErrorResponseException(
                HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "waiting"),
                null));

    mvc.perform(ChildApi.send(HttpMethod.POST, SENCO, account(sarah), "{\"email\": \"a@b.org\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void aTeacherIsRefused403AndAStrangerFindsNothing() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    given(accounts.invite(any(), any())).willThrow(ChildAccess.forbidden());
    mvc.perform(ChildApi.send(HttpMethod.POST, TEACHER, account(sarah), "{\"email\": \"a@b.org\"}"))
        .andExpect(status().isForbidden());

    given(access.open(any(), any())).willThrow(NotFound.error());
    mvc.perform(ChildApi.send(HttpMethod.POST, PARENT, account(sarah), "{\"email\": \"a@b.org\"}"))
        .andExpect(ChildApi.notFoundProblem());
  }
}
