package org.goldenthread.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The authority's overview figures through the API: the same as its page. */
@RestController
@Tag(name = "Authority overview")
class OverviewApiController {

  private final Overviews overviews;

  OverviewApiController(Overviews overviews) {
    this.overviews = overviews;
  }

  @GetMapping("/api/v1/authorities/{authorityId}/dashboard")
  @Operation(
      operationId = "getAuthorityDashboard",
      summary =
          "The authority's figures (an officer of the authority; 404 for anyone else): EHC needs"
              + " assessments finished this year within 20 weeks, by month; annual reviews"
              + " overdue; statutory deadlines missed this year, by kind and by owner;"
              + " disagreements by stage; children on SEN support and with plans, by school and"
              + " by primary need. Counted today over every school of the authority.")
  AuthorityDashboard dashboard(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String authorityId) {
    return overviews.dashboard(user, NotFound.id(authorityId));
  }
}
