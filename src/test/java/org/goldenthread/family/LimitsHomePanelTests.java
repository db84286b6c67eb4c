package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.goldenthread.child.ChildPeople;
import org.goldenthread.web.PagePanel;
import org.junit.jupiter.api.Test;

/** The notice of a limit on a home: only for someone a limit applies to. */
class LimitsHomePanelTests {

  final InformationLimits limits = mock(InformationLimits.class);
  final LimitsHomePanel panel = new LimitsHomePanel(limits);

  @Test
  void aParentUnderALimitIsToldOfItAndWhomToAsk() {
    InformationLimits.Notice notice =
        new InformationLimits.Notice("Sarah", "Riverside Academy", "Priya Shah");
    given(limits.on(ChildPeople.PARENT)).willReturn(List.of(notice));

    PagePanel shown = panel.panelFor(ChildPeople.PARENT, false).orElseThrow();

    assertThat(shown.anchor()).isEqualTo("limits");
    assertThat(shown.template()).isEqualTo(LimitsHomePanel.TEMPLATE);
    assertThat(shown.data()).containsEntry("notices", List.of(notice));
  }

  @Test
  void someoneOnWhomNoLimitIsRecordedGetsNoPanel() {
    given(limits.on(ChildPeople.PARENT)).willReturn(List.of());

    assertThat(panel.panelFor(ChildPeople.PARENT, true)).isEmpty();
  }
}
