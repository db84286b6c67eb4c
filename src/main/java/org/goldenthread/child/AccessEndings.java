package org.goldenthread.child;

import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other capabilities when a change has ended a person's way into a child's record ({@link
 * ChildAccessEnded}), in the same transaction as the change. It is published only when the person
 * saw the child before the change and sees nothing of it after: a teacher who leaves the team still
 * sees the school's pupils, so their access has not ended.
 */
@Component
public class AccessEndings {

  private final ChildAccess access;
  private final Accounts accounts;
  private final TeamMemberRepository team;
  private final ApplicationEventPublisher events;

  AccessEndings(
      ChildAccess access,
      Accounts accounts,
      TeamMemberRepository team,
      ApplicationEventPublisher events) {
    this.access = access;
    this.accounts = accounts;
    this.team = team;
    this.events = events;
  }

  /** Notes whether the person sees the child now; call before the change. */
  public Watch before(UUID childId, UUID userId) {
    return new Watch(childId, userId, sees(childId, userId));
  }

  private boolean sees(UUID childId, UUID userId) {
    if (userId == null) {
      return false;
    }
    team.flush();
    return accounts.findById(userId).flatMap(person -> access.grant(person, childId)).isPresent();
  }

  /** One person's access to one child, as it stood before a change. */
  public final class Watch {
    private final UUID childId;
    private final UUID userId;
    private final boolean sawBefore;

    private Watch(UUID childId, UUID userId, boolean sawBefore) {
      this.childId = childId;
      this.userId = userId;
      this.sawBefore = sawBefore;
    }

    /** Call after the change, in its transaction: publishes the event when access has ended. */
    public void after(ChildAccessEnded.Reason reason) {
      if (sawBefore && !sees(childId, userId)) {
        events.publishEvent(new ChildAccessEnded(childId, userId, reason));
      }
    }
  }
}
