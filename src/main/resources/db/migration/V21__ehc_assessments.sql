-- EHC needs assessments (statutory): the request that starts the clock, and each milestone after
-- it as an event with its date. The deadlines follow from these by the deadline module's rules.

create table ehc_assessment (
  id               uuid primary key,
  child_id         uuid not null references child (id),
  requested_on     date not null,
  requested_by     text not null check (requested_by in ('PARENT', 'YOUNG_PERSON', 'SCHOOL', 'OTHER')),
  status           text not null check (status in ('REQUESTED', 'ASSESSING', 'NOT_ASSESSING',
                     'DRAFT_ISSUED', 'NOT_ISSUING', 'FINAL_ISSUED')),
  recorded_by_id   uuid not null references app_user (id),
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null,
  changed_at       timestamp with time zone not null,
  version          bigint not null default 0
);

create index ehc_assessment_child on ehc_assessment (child_id, requested_on desc);

-- At most one assessment under way for a child at a time.
create unique index ehc_assessment_one_open on ehc_assessment (child_id)
  where status in ('REQUESTED', 'ASSESSING', 'DRAFT_ISSUED');

create table ehc_assessment_event (
  id               uuid primary key,
  assessment_id    uuid not null references ehc_assessment (id),
  position         integer not null,
  kind             text not null check (kind in ('DECISION_TO_ASSESS', 'ADVICE_REQUESTED',
                     'ADVICE_RECEIVED', 'DECISION_NOT_TO_ISSUE', 'DRAFT_ISSUED', 'FINAL_ISSUED',
                     'EXCEPTION')),
  happened_on      date not null,
  assess           boolean,
  adviser          text,
  advice_id        uuid references ehc_assessment_event (id),
  exception_reason text check (exception_reason in ('SCHOOL_CLOSED', 'FAMILY_AWAY',
                     'EXCEPTIONAL_CIRCUMSTANCES')),
  note             text,
  recorded_by_id   uuid not null references app_user (id),
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null,
  unique (assessment_id, position)
);
