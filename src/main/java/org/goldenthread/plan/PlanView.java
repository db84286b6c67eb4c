package org.goldenthread.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole golden thread of one child as the API answers it (api.md, "The plan"): the items with
 * their links, the breaks, the family's participation and why, the totals of provision, the latest
 * agreement, and the comments. {@code participationReasons}: every part the family took that
 * counts, one plain sentence each. {@code version} counts the changes made to the plan. {@code
 * asOf} is set when this is the plan as it stood at the end of that day.
 */
public record PlanView(
    UUID childId,
    long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
    List<AspirationView> aspirations,
    List<NeedView> needs,
    List<OutcomeView> outcomes,
    List<ProvisionView> provisions,
    List<StrategyView> strategies,
    List<BreakView> breaks,
    Participation participation,
    String participationReason,
    List<String> participationReasons,
    ProvisionFigures.Totals totals,
    Agreement agreement,
    List<CommentView> comments) {

  /** A plan without the reasons one by one (the single sentence says why). */
  public PlanView(
      UUID childId,
      long version,
      LocalDate asOf,
      List<AspirationView> aspirations,
      List<NeedView> needs,
      List<OutcomeView> outcomes,
      List<ProvisionView> provisions,
      List<StrategyView> strategies,
      List<BreakView> breaks,
      Participation participation,
      String participationReason,
      ProvisionFigures.Totals totals,
      Agreement agreement,
      List<CommentView> comments) {
    this(
        childId,
        version,
        asOf,
        aspirations,
        needs,
        outcomes,
        provisions,
        strategies,
        breaks,
        participation,
        participationReason,
        participationReason == null ? List.of() : List.of(participationReason),
        totals,
        agreement,
        comments);
  }

  /**
   * The newest version anyone agreed, who agreed it, and whether it is the current version (a
   * change since means the plan as it is now has not been agreed).
   */
  public record Agreement(long planVersion, boolean current, List<AgreementView> agreedBy) {}
}
