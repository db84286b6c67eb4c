package org.goldenthread.disagreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each disagreement's deadlines (mediation advice, the certificate, mediation, the appeal) for the
 * people who may see it, in {@code /deadlines}, on homes and on the child's page; each links to the
 * disagreement's page. The deadline notices are offered those of the decisions of the authority
 * (the only ones with deadlines); the family hears of its own (advice, appeal) and the authority of
 * mediation.
 */
@Component
@Transactional(readOnly = true)
class DisagreementDeadlines implements DeadlineSource {

  private final Disagreements disagreements;
  private final DisagreementRepository repository;
  private final DisagreementViews views;

  DisagreementDeadlines(
      Disagreements disagreements, DisagreementRepository repository, DisagreementViews views) {
    this.disagreements = disagreements;
    this.repository = repository;
    this.views = views;
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    return disagreements.visibleTo(user).stream().flatMap(d -> d.deadlines().stream()).toList();
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    return disagreements.aboutChild(user, childId).stream()
        .flatMap(d -> d.deadlines().stream())
        .toList();
  }

  @Override
  public List<Deadline> forNotices(LocalDate today) {
    return repository.findDecisionsWithStages().stream()
        .flatMap(d -> views.deadlines(d).stream())
        .toList();
  }
}
