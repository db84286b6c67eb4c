package org.goldenthread.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A child's contact log: the entries newest first, the form for staff and none for the family. */
@WebMvcTest(ContactPageController.class)
@Import(Slices.Pages.class)
class ContactPageControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ContactLog log;

  AccessibleChild sarah;
  AccessibleChild asParent;
  String list;

  @BeforeEach
  void sarahsLog() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    asParent = TestDoor.sameChild(sarah, PARENT, Relationship.PARENT);
    given(access.open(eq(PARENT), eq(sarah.id()))).willReturn(asParent);
    list = "/children/" + sarah.id() + "/contacts";
    ContactView entry =
        new ContactView(
            UUID.randomUUID(),
            sarah.id(),
            LocalDate.parse("2026-10-12"),
            ContactHow.PHONE,
            "Claire Bennett",
            "About <i>therapy</i>\non Thursdays",
            null,
            SENCO.id(),
            "Helen Carter",
            Instant.parse("2026-10-12T14:00:00Z"),
            0);
    given(log.entries(any(), any()))
        .willReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 20), 1));
    given(log.lastInTouch(any(AccessibleChild.class)))
        .willReturn(Optional.of(new LastInTouch(LocalDate.parse("2026-10-12"), "PHONE")));
    given(log.mayRecord(sarah)).willReturn(true);
    given(log.mayRecord(asParent)).willReturn(false);
  }

  @Test
  void staffSeeTheLogAndTheFormWithADateRadiosAndTexts() throws Exception {
    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select("h1").text()).isEqualTo("Contact log for Sarah Bennett");
    assertThat(page.select("#last-in-touch").text())
        .isEqualTo("Last in touch: 12 October 2026 (a phone call)");
    assertThat(page.select("#contacts h2").text())
        .isEqualTo("12 October 2026: Phone call with Claire Bennett");
    assertThat(page.select("#contacts dd.app-item__words").first().wholeText())
        .isEqualTo("About <i>therapy</i>\non Thursdays");
    assertThat(page.select("input[name=on.day]")).hasSize(1);
    assertThat(page.select("input[type=radio][name=how]")).hasSize(5);
    assertThat(page.select("label[for=with]").text()).isEqualTo("Who did you talk with?");
    assertThat(page.select("textarea#summary, textarea#agreed")).hasSize(2);
  }

  @Test
  void theFamilyReadsTheLogWithNoFormAndMayNotPost() throws Exception {
    Document page = Slices.show(mvc, PARENT, list);
    assertThat(page.select("#contacts li")).hasSize(1);
    assertThat(page.select("main form")).isEmpty();

    mvc.perform(Slices.form(PARENT, list, "how", "PHONE")).andExpect(status().isForbidden());
    verify(log, never()).record(any(), any());
  }

  @Test
  void aContactIsRecordedAndARefusalIsShownByItsField() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                list,
                "on.day",
                "12",
                "on.month",
                "10",
                "on.year",
                "2026",
                "how",
                "PHONE",
                "with",
                "Claire",
                "summary",
                "Therapy"))
        .andExpect(redirectedUrl(list));
    verify(log)
        .record(
            sarah,
            new NewContact(
                LocalDate.parse("2026-10-12"), ContactHow.PHONE, "Claire", "Therapy", null));

    Document unreal = Slices.submit(mvc, SENCO, list, "on.day", "31", "on.month", "2");
    assertThat(unreal.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#on.day");

    given(log.record(eq(sarah), eq(new NewContact(null, null, null, null, null))))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new ValidationProblem.FieldMessage("on", "contact.error.on.missing"),
                    new ValidationProblem.FieldMessage("how", "contact.error.how"))));
    Document missing = Slices.submit(mvc, SENCO, list);
    assertThat(missing.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#on.day", "#how");
  }

  @Test
  void aStrangerIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);
    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, list, "how", "PHONE")).andExpect(status().isNotFound());
  }
}
