package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.Deadlines;
import org.goldenthread.plan.Slices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The list of every deadline still open for the children someone may see. */
@WebMvcTest(DeadlineListPageController.class)
@Import({Slices.Pages.class, DeadlineRows.class})
class DeadlineListPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean Deadlines deadlines;
  @MockitoBean Children children;

  List<Deadline> all;

  @BeforeEach
  void sarahsDeadlines() {
    AccessibleChild sarah = TestDoor.child(SENCO, "Sarah Bennett", Relationship.SENCO);
    all = AssessmentViews.assessing(sarah).deadlines();
    given(deadlines.visibleTo(any(), any(), any())).willReturn(all);
    given(children.displayNames(any())).willReturn(Map.of(sarah.id(), "Sarah Bennett"));
  }

  @Test
  void listsThoseStillOpenWithTheChildWhoMustActAndBy() throws Exception {
    Document page = Slices.show(mvc, SENCO, "/deadlines");

    assertThat(page.select("h1").text()).isEqualTo("Deadlines");
    assertThat(page.select("tbody tr")).hasSize(3);
    assertThat(page.select("tbody tr").get(0).text())
        .contains("Sarah Bennett", "Advice for the assessment", "25 March 2026", "Late");
    assertThat(page.select("caption").text()).isEqualTo("3 deadlines");
    assertThat(page.select("tbody tr a").eachAttr("href"))
        .anyMatch(href -> href.contains("/ehc-assessments/"));
  }

  @Test
  void filtersToTheLateOnesOrShowsThoseMetToo() throws Exception {
    Document late = Slices.show(mvc, SENCO, "/deadlines?show=missed");
    assertThat(late.select("tbody tr")).hasSize(1);

    Document everything = Slices.show(mvc, SENCO, "/deadlines?show=all&page=x");
    assertThat(everything.select("tbody tr")).hasSize(4);
    assertThat(everything.text()).contains("Met on 10 February 2026");

    Document nonsense = Slices.show(mvc, SENCO, "/deadlines?show=%3Cb%3E&page=99");
    assertThat(nonsense.select("tbody tr")).hasSize(3);
  }

  @Test
  void findsTheDeadlinesOfAChildByNameAndKeepsTheSearchAcrossTheFilters() throws Exception {
    Document found = Slices.show(mvc, SENCO, "/deadlines?name=bennett");
    assertThat(found.select("tbody tr")).as(found.select("main").text()).hasSize(3);
    assertThat(found.select("input[name=name]").val()).isEqualTo("bennett");
    assertThat(found.select("nav a").eachAttr("href"))
        .contains("/deadlines?show=missed&name=bennett");

    Document none = Slices.show(mvc, SENCO, "/deadlines?name=Okafor");
    assertThat(none.select("tbody tr")).isEmpty();
    assertThat(none.select("main").text()).contains("No deadline is open.");
  }
}
