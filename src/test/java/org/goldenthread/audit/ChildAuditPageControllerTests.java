package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** "Who has looked at Sarah's record", through the child's door. */
@WebMvcTest(ChildAuditPageController.class)
@Import(AuditPages.Slice.class)
class ChildAuditPageControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ChildAuditRepository entries;
  @MockitoBean Children children;

  private AccessibleChild sarah;

  @BeforeEach
  void sarahOpenedToHerMother() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    given(children.get(sarah)).willReturn(record(sarah));
  }

  private String trail() {
    return "/children/" + sarah.id() + "/audit";
  }

  @Test
  void showsWhoReadTheRecordInWhatRoleAndWhichPart() throws Exception {
    given(entries.findByChildIdOrderByOccurredAtDescIdDesc(eq(sarah.id()), any()))
        .willReturn(
            AuditPages.page(
                0,
                50,
                2,
                List.of(
                    AuditPages.read(sarah.id(), "Helen Carter", "SENCO", "plan"),
                    AuditPages.read(sarah.id(), "Claire Bennett", "PARENT", "record"))));

    Document page = AuditPages.show(mvc, PARENT, trail());

    assertThat(page.select("h1").text()).isEqualTo("Who has looked at Sarah Bennett's record");
    assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/children/" + sarah.id());
    assertThat(page.select("a.govuk-back-link").text()).isEqualTo("Back to Sarah Bennett");
    assertThat(page.select("table caption").text())
        .isEqualTo("Who has looked at Sarah Bennett's record");
    assertThat(page.select("thead th").eachText()).containsExactly("When", "Who", "As", "What");
    assertThat(page.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("23 November 2026 at 9:30am", "Helen Carter", "SENCO", "plan");
    assertThat(page.select("tbody tr").get(1).select("td").eachText())
        .containsExactly(
            "23 November 2026 at 9:30am", "Claire Bennett", "Parent or carer", "record");
  }

  @Test
  void saysWhatHappenedFromItsKeyWithADayAsTheReaderWritesItAndAPersonsWordsAsWritten()
      throws Exception {
    Happened agreed =
        Happened.of(
            "audit.what.action.agreed",
            Happened.words("audit.meeting.SEN_SUPPORT_REVIEW"),
            Happened.day(LocalDate.of(2026, 12, 8)),
            Happened.written("Claire's sister"));
    given(entries.findByChildIdOrderByOccurredAtDescIdDesc(eq(sarah.id()), any()))
        .willReturn(
            AuditPages.page(
                0,
                50,
                2,
                List.of(
                    AuditPages.changed(sarah.id(), "Helen Carter", "SENCO", agreed, "stored"),
                    AuditPages.changed(
                        sarah.id(),
                        "Helen Carter",
                        "SENCO",
                        Happened.of("audit.what.no-longer-in-the-bundles"),
                        "Did something since renamed"))));

    Document page = AuditPages.show(mvc, PARENT, trail());

    assertThat(page.select("tbody tr").get(0).select("td").last().text())
        .isEqualTo(
            "Agreed an action for Claire's sister at the SEN support review on 8 December 2026");
    assertThat(page.select("tbody tr").get(1).select("td").last().text())
        .as("a key the bundles no longer have: the English kept with the line")
        .isEqualTo("Did something since renamed");
  }

  @Test
  void readsOnlyThisChildsTrailFiftyLinesAtATime() throws Exception {
    given(entries.findByChildIdOrderByOccurredAtDescIdDesc(any(), any()))
        .willReturn(AuditPages.page(2, 50, 0, List.of()));

    Document page = AuditPages.show(mvc, PARENT, trail() + "?page=2");

    verify(entries).findByChildIdOrderByOccurredAtDescIdDesc(sarah.id(), PageRequest.of(2, 50));
    assertThat(page.select("main p").eachText()).contains("Nothing has been recorded yet.");
  }

  @Test
  void someoneTheDoorRefusesFindsNothingHere() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(trail()).with(user(stranger))).andExpect(status().isNotFound());

    verifyNoInteractions(entries, children);
  }

  @Test
  void aTeacherWhoMaySeeTheRecordMayNotReadItsTrail() throws Exception {
    AccessibleChild taught = AuditPages.taughtBy(access);

    mvc.perform(get("/children/" + taught.id() + "/audit").with(user(taught.user())))
        .andExpect(status().isForbidden());

    verifyNoInteractions(entries, children);
  }

  /** Sarah Bennett's record, as the child module shows it. */
  private static ChildSummary record(AccessibleChild child) {
    return new ChildSummary(
        child.id(),
        "Sarah",
        "Bennett",
        null,
        LocalDate.of(2017, 3, 14),
        null,
        UUID.randomUUID(),
        "Riverside Primary",
        "4",
        SenStatus.K,
        NeedCode.SLCN,
        null,
        List.of("ENG"),
        false,
        null,
        0);
  }
}
