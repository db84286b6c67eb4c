-- Graduated-approach reviews of a child's plan: assess, plan, do, review. A review records, on the
-- day it was held, progress on every outcome of the plan (with evidence), the parent's view, the
-- child's view (and how it was gathered), a decision and the date of the next review.

create table plan_review (
  id                     uuid primary key,
  child_id               uuid not null references child (id) on delete cascade,
  held_on                date not null,
  parent_view            text,
  child_view             text,
  child_view_gathered_by text,
  decision               text not null check (decision in ('CONTINUE', 'ADJUST',
                                                           'REQUEST_EHC_NEEDS_ASSESSMENT',
                                                           'END_SEN_SUPPORT')),
  decision_notes         text,
  next_review_on         date not null,
  recorded_by            uuid,
  recorded_by_name       text not null,
  recorded_at            timestamp with time zone not null,
  version                bigint not null default 0,
  check (next_review_on > held_on)
);
create index plan_review_by_child on plan_review (child_id, held_on desc, recorded_at desc);

-- One entry per outcome reviewed. The outcome's words, success criteria and target date are kept
-- as they stood at the review, so that the record stays true when the plan changes later; for the
-- same reason there is no foreign key to plan_outcome (an outcome removed later keeps its entry).
create table plan_review_progress (
  review_id        uuid not null references plan_review (id) on delete cascade,
  outcome_id       uuid not null,
  position         integer not null,
  outcome_text     text not null,
  success_criteria text,
  target_date      date,
  status           text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED',
                                                   'PARTLY_ACHIEVED', 'NOT_ACHIEVED')),
  evidence         text not null,
  primary key (review_id, outcome_id)
);
create index plan_review_progress_by_outcome on plan_review_progress (outcome_id);
