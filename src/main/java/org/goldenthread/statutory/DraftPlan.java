package org.goldenthread.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.AspirationView;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.ProvisionView;
import org.goldenthread.plan.StrategyView;

/**
 * A draft EHC plan put together from the child's golden thread plan, one-page profile and record,
 * and the advice the assessment has gathered, in the sections of an EHC plan. A section holds only
 * what is recorded; the sections the golden thread does not hold (health and social care needs and
 * provision, a personal budget) are always empty, for the local authority to write.
 *
 * @param child the child's record (section I reads the school from it)
 * @param schoolType the phase of the child's school, or null when not known
 * @param views section A: the child's and family's views, interests and aspirations
 * @param needs section B: the needs by broad area, in plan order
 * @param outcomes section E: the outcomes, each with the needs it addresses
 * @param provision section F: each provision, with the outcomes it serves and what it does not say
 * @param strategies section F too: the ways of working home and school share
 * @param advice section K: the advice asked for, received or still awaited
 * @param planVersion the version of the golden thread plan the draft was made from
 */
record DraftPlan(
    ChildSummary child,
    SchoolPhase schoolType,
    AssessmentView assessment,
    Views views,
    List<NeedArea> needs,
    List<DraftOutcome> outcomes,
    List<DraftProvision> provision,
    List<StrategyView> strategies,
    List<Advice> advice,
    long planVersion) {

  /** How many provision items do not say who, what, how often or for how long. */
  public long flagged() {
    return provision.stream().filter(p -> !p.specific()).count();
  }

  /** Section A: aspirations (with whose words), the one-page profile as written, and comments. */
  record Views(
      List<AspirationView> aspirations,
      List<ProfileSectionView> profile,
      List<FamilyComment> comments) {

    public boolean isEmpty() {
      return aspirations.isEmpty() && profile.isEmpty() && comments.isEmpty();
    }
  }

  /** A comment the family wrote on an item of the plan, with the words of that item. */
  record FamilyComment(String author, String text, String about, Instant at) {}

  /** The needs in one broad area. */
  record NeedArea(AreaOfNeed area, List<String> needs) {}

  /** An outcome, with the words of the needs it addresses. */
  record DraftOutcome(OutcomeView outcome, List<String> needs) {}

  /** A provision, with the words of the outcomes it serves and the parts it does not say. */
  record DraftProvision(
      ProvisionView provision, List<String> outcomes, Set<SpecificProvision.Part> missing) {

    public boolean specific() {
      return missing.isEmpty();
    }
  }

  /** Advice asked of an adviser on a day, and the day it came (null while awaited). */
  record Advice(String adviser, LocalDate askedOn, LocalDate receivedOn) {

    public boolean received() {
      return receivedOn != null;
    }
  }
}
