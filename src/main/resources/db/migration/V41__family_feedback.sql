-- Families' feedback (issue 18, part 5): after a meeting or a review, each parent or carer (and the
-- young person from 16) answers two questions, "Did you feel heard?" and "Do you know what happens
-- next?", with an optional comment. One answer per person per meeting or review, which they may
-- change until the end of the term after the one it was held in (feedback.FeedbackTerm).
--
-- The authority sees only figures grouped by school and term, never a row: the school and the term
-- are kept on the answer as they stood when it was given. subject_id is a meeting's or a review's
-- id (by subject_kind), and respondent_id the account that answered; neither is a reference, so
-- that the figures of a past term stay as they were given.

create table family_feedback (
  id              uuid primary key,
  subject_kind    text not null check (subject_kind in ('MEETING', 'REVIEW')),
  subject_id      uuid not null,
  child_id        uuid not null references child (id) on delete cascade,
  school_id       uuid references school (id),
  respondent_id   uuid not null,
  held_on         date not null,
  -- The first day of the term it was held in: 1 September, 1 January or 1 April.
  term_start      date not null check (extract(day from term_start) = 1
                                       and extract(month from term_start) in (1, 4, 9)),
  felt_heard      text not null check (felt_heard in ('YES', 'PARTLY', 'NO')),
  knows_next      text not null check (knows_next in ('YES', 'PARTLY', 'NO')),
  comment         text check (length(comment) <= 1000),
  answered_at     timestamp with time zone not null,
  changed_at      timestamp with time zone,
  version         bigint not null default 0,
  unique (subject_kind, subject_id, respondent_id)
);

-- The authority's and the school's figures: grouped by school and term.
create index family_feedback_by_school_term on family_feedback (school_id, term_start);
