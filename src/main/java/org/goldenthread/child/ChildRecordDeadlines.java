package org.goldenthread.child;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

/**
 * A source of deadlines kept on children's records (actions, documents, requests, …), opened
 * through the child's door: a person sees the deadlines of the children they may see, and of one
 * child only when they may see that child. The door asks which children have records only of
 * someone who sees whole schools, within those schools; a family's or a professional's children are
 * known already.
 */
@Transactional(readOnly = true)
public abstract class ChildRecordDeadlines implements DeadlineSource {

  private final ChildAccess access;
  private final ChildRecordTable records;

  /**
   * @param records where the source keeps the records that may carry deadlines
   */
  protected ChildRecordDeadlines(ChildAccess access, ChildRecordTable records) {
    this.access = access;
    this.records = records;
  }

  /** The deadlines of these children's records, every one of whom the person may see. */
  protected abstract List<Deadline> deadlinesOf(Set<UUID> childIds);

  /** The deadlines of one child's records; the person may see the child. */
  protected List<Deadline> deadlinesOfChild(UUID childId) {
    return deadlinesOf(Set.of(childId));
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    Set<UUID> children = access.visibleWithRecords(user, records);
    return children.isEmpty() ? List.of() : deadlinesOf(children);
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)
        || access.grant(user, childId).isEmpty()) {
      return List.of();
    }
    return deadlinesOfChild(childId);
  }
}
