package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.PARENT;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChildAccountPageController.class)
@Import(ChildPages.Slice.class)
class ChildAccountPageControllerTests {

  static final Instant SENT = Instant.parse("2026-11-23T09:30:00Z");

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean ChildAccounts accounts;

  AccessibleChild sarah;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
  }

  private String page() {
    return "/children/" + sarah.id() + "/account";
  }

  private ChildAccountStatus state(boolean hasAccount, int age, ChildAccountStatus.Pending p) {
    return new ChildAccountStatus(sarah.id(), "Sarah Bennett", hasAccount, age, 10, p);
  }

  @Test
  void aChildOldEnoughWithNoAccountGetsAFormForTheirEmail() throws Exception {
    given(accounts.status(sarah)).willReturn(state(false, 13, null));

    Document page = ChildPages.show(mvc, PARENT, page());

    assertThat(page.select("h1").text()).isEqualTo("Sarah Bennett's own account");
    assertThat(page.select("label[for=email]").text()).isEqualTo("Sarah Bennett's email address");
    assertThat(page.select("input[type=email][name=email]")).hasSize(1);
    assertThat(page.select("button").text()).contains("Send the invitation");
  }

  @Test
  void aChildTooYoungIsToldTheAgeAndGetsNoForm() throws Exception {
    given(accounts.status(sarah)).willReturn(state(false, 8, null));

    Document page = ChildPages.show(mvc, PARENT, page());

    assertThat(page.select("#account-state").text())
        .isEqualTo(
            "Sarah Bennett can have an account of their own from the age of 10. The SENCO can tell"
                + " you more.");
    assertThat(page.select("form input[name=email]")).isEmpty();
  }

  @Test
  void theInvitationWaitingAndAnAccountAreShownWithoutAForm() throws Exception {
    given(accounts.status(sarah))
        .willReturn(
            state(
                false,
                13,
                new ChildAccountStatus.Pending(
                    UUID.randomUUID(), "sarah@example.org", SENT, SENT.plusSeconds(7 * 86400))));
    Document waiting = ChildPages.show(mvc, PARENT, page());
    assertThat(waiting.select("#account-state").text())
        .isEqualTo(
            "We sent an invitation to sarah@example.org on 23 November 2026. The link in it works"
                + " until 30 November 2026.");
    assertThat(waiting.select("input[name=email]")).isEmpty();

    given(accounts.status(sarah)).willReturn(state(true, 13, null));
    Document has = ChildPages.show(mvc, PARENT, page());
    assertThat(has.select("#account-state").text())
        .isEqualTo("Sarah Bennett has an account of their own.");
  }

  @Test
  void sendingTheInvitationSaysWhereItWent() throws Exception {
    given(accounts.invite(sarah, "sarah@example.org"))
        .willReturn(
            new ChildAccountStatus.Pending(
                UUID.randomUUID(), "sarah@example.org", SENT, SENT.plusSeconds(7 * 86400)));

    mvc.perform(ChildPages.form(PARENT, page(), "email", "sarah@example.org"))
        .andExpect(redirectedUrl(page()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.account.banner.invited", "sarah@example.org")));
  }

  @Test
  void aRefusedAddressIsShownBesideTheField() throws Exception {
    given(accounts.status(sarah)).willReturn(state(false, 13, null));
    given(accounts.invite(any(), any()))
        .willThrow(ValidationProblem.of("email", "child.account.error.emailMissing"));

    Document page = ChildPages.submit(mvc, PARENT, page(), "email", "");

    assertThat(page.select("#email-error").text()).contains("Enter the child's email address");
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Enter the child's email address");
  }

  @Test
  void aTeacherMayNotInvite() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, ChildPeople.TEACHER, "Sarah Bennett", Relationship.TEACHER);

    mvc.perform(
            ChildPages.form(
                ChildPeople.TEACHER,
                "/children/" + asTeacher.id() + "/account",
                "email",
                "sarah@example.org"))
        .andExpect(status().isForbidden());
    verify(accounts, never()).invite(any(), any());
  }

  @Test
  void theSencoSeesThePageToo() throws Exception {
    AccessibleChild asSenco = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(accounts.status(asSenco)).willReturn(state(false, 13, null));

    Document page = ChildPages.show(mvc, SENCO, "/children/" + asSenco.id() + "/account");

    assertThat(page.select("input[name=email]")).hasSize(1);
  }
}
