package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.feedback.FeedbackTerm;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Families' feedback this term, so that the authority's page has something to show: the families of
 * every Riverside pupil (six, enough for figures) and of two Brook pupils (too few: suppressed)
 * answered after a meeting three weeks into the term (or on its first day, early in a term). The
 * demo holds no record of those meetings, and those family members have no accounts: each answer
 * stands for one given on paper or by a family without the app, kept as the feedback module keeps
 * every answer (its meeting and the person who gave it are ids, not references). Sarah's mother
 * (`parent@example.org`) can still say how her own SEN support review went. Loaded once: nothing is
 * added when any of these answers is there.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoFeedback implements DemoStep {

  private final DemoSql sql;
  private final Clock clock;

  DemoFeedback(DemoSql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (sql.number(
            "select count(*) from family_feedback where respondent_id ="
                + " md5('demo-feedback-family:' || child_id::text)::uuid")
        > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    FeedbackTerm term = FeedbackTerm.of(today);
    LocalDate threeWeeksIn = term.start().plusWeeks(3);
    LocalDate heldOn = threeWeeksIn.isAfter(today) ? term.start() : threeWeeksIn;
    answers("900001", 8, heldOn, term);
    answers("900002", 2, heldOn, term);
  }

  /**
   * One answer from the family of each of the school's first pupils (by name), at most this many.
   */
  private void answers(String urn, int most, LocalDate heldOn, FeedbackTerm term) {
    sql.update(
        """
        insert into family_feedback (id, subject_kind, subject_id, child_id, school_id,
                                     respondent_id, held_on, term_start, felt_heard, knows_next,
                                     comment, answered_at)
        select md5('demo-feedback:' || p.id::text)::uuid, 'MEETING',
               md5('demo-feedback-meeting:' || p.id::text)::uuid, p.id, p.school_id,
               md5('demo-feedback-family:' || p.id::text)::uuid, ?, ?,
               (array['YES', 'YES', 'PARTLY', 'YES', 'NO', 'YES', 'PARTLY', 'YES'])[p.n],
               (array['YES', 'PARTLY', 'PARTLY', 'YES', 'NO', 'YES', 'YES', 'NO'])[p.n],
               (array['Everyone listened, and the teacher had read what we sent beforehand.',
                      null,
                      'We ran out of time before we got to the support at home.',
                      null,
                      'It felt as if the decisions had been made before we arrived.',
                      'Good to hear the therapist in person for once.',
                      null,
                      null])[p.n],
               ?::date + time '16:00'
          from (select c.id, c.school_id,
                       row_number() over (order by c.family_name, c.given_name, c.id) as n
                  from child c join school s on s.id = c.school_id
                 where s.urn = ?) p
         where p.n <= ?
        on conflict do nothing
        """,
        heldOn,
        term.start(),
        heldOn,
        urn,
        most);
  }
}
