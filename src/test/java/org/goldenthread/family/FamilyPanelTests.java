package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildPeople;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.web.PagePanel;
import org.junit.jupiter.api.Test;

/** The family's panel on a child's page: the parents and carers, for those who may read them. */
class FamilyPanelTests {

  final Families families = mock(Families.class);
  final FamilyPanel panel = new FamilyPanel(families);

  @Test
  void someoneWhoMayReadTheFamilySeesItsMembersAndTheWayToItsDetails() {
    AccessibleChild sarah =
        TestDoor.child(ChildPeople.TEACHER, "Sarah Bennett", Relationship.TEACHER);
    FamilyMemberView claire = FamilyViews.parent("Claire Bennett", "claire@example.org", false);
    given(families.members(sarah)).willReturn(List.of(claire));

    PagePanel shown = panel.panelFor(sarah).orElseThrow();

    assertThat(shown.anchor()).isEqualTo("family");
    assertThat(shown.labelKey()).isEqualTo("child.page.family");
    assertThat(shown.template()).isEqualTo(FamilyPanel.TEMPLATE);
    assertThat(shown.data()).containsEntry("childId", sarah.id());
    assertThat(shown.data()).containsEntry("members", List.of(claire));
  }

  @Test
  void someoneWhoMayNotReadTheFamilyGetsNoPanelAndNothingIsRead() {
    AccessibleChild sarah = TestDoor.child(ChildPeople.TEACHER, "Sarah Bennett");

    assertThat(panel.panelFor(sarah)).isEmpty();
    verifyNoInteractions(families);
  }
}
