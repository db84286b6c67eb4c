package org.goldenthread.caseload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A school's caseload figures through the API (issue 19's {@code /schools/{id}/dashboard}). */
@RestController
@Tag(name = "Dashboards")
class CaseloadApiController {

  private final SchoolCaseloads caseloads;

  CaseloadApiController(SchoolCaseloads caseloads) {
    this.caseloads = caseloads;
  }

  @GetMapping("/api/v1/schools/{schoolId}/dashboard")
  @Operation(
      operationId = "getSchoolDashboard",
      summary =
          "The school's caseload figures, each a number of its children: senSupport, ehcPlan,"
              + " reviewsDueSoon (next review in the next 30 days), reviewsOverdue,"
              + " fewerThanThreeMeetings (on the SEN register with fewer than three meetings"
              + " since 1 September), overdueActions, unreadEvidence (family evidence awaiting"
              + " the school's response), openViews, threadBreaks, deadlinesDueSoon (an answer"
              + " the school owes due in the next 14 days) and deadlinesMissed. For the school's"
              + " staff and the officers of its authority; 404 for anyone else")
  SchoolDashboard dashboard(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String schoolId) {
    SchoolSummary school = caseloads.school(user, NotFound.id(schoolId));
    return SchoolDashboard.of(
        school.id(), school.name(), caseloads.today(), caseloads.figures(school.id()));
  }
}
