-- Early concerns (issue 16, part 1): a parent, the young person or school staff records what they
-- have noticed about a child; the school's SENCO answers with a decision and its reasons in writing
-- (keep an eye on it until a review date, start SEN support, or ask for an EHC needs assessment),
-- at the first-concern meeting or without one, within 15 school days. The first-concern meeting
-- booked for the child while the concern is open is kept beside it (its time, as the meeting module
-- announced it), so that the whole path reads in one statement.

create table concern (
  id                    uuid primary key,
  child_id              uuid not null references child (id),
  -- The child's school when the concern was raised: whose SENCO answers it.
  school_id             uuid references school (id),
  noticed               text not null,
  examples              text,
  tried                 text,
  child_says            text,
  raised_on             date not null,
  answer_due_on         date not null,
  raised_by_id          uuid references app_user (id),
  raised_by_name        text not null,
  raised_by_role        text not null check (raised_by_role in ('PARENT', 'YOUNG_PERSON', 'STAFF')),
  raised_at             timestamp with time zone not null,
  -- The first-concern meeting booked for it, and when it starts (held once that has passed).
  meeting_id            uuid,
  meeting_starts_at     timestamp with time zone,
  decision              text check (decision in ('MONITOR', 'SEN_SUPPORT', 'REQUEST_EHC_ASSESSMENT')),
  reasons               text,
  review_on             date,
  decided_on            date,
  decided_by_id         uuid references app_user (id),
  decided_by_name       text,
  decided_at            timestamp with time zone,
  -- Made at this meeting, or without one (then how, in a few words, when given).
  decided_at_meeting_id uuid,
  decided_without       text,
  -- The EHC needs assessment a decision to ask for one started.
  assessment_id         uuid references ehc_assessment (id),
  version               bigint not null default 0,
  check (answer_due_on >= raised_on),
  check ((meeting_id is null) = (meeting_starts_at is null)),
  -- A decision is whole: the decision, its reasons, day and author together, or none of them.
  check ((decision is null) = (reasons is null)
         and (decision is null) = (decided_on is null)
         and (decision is null) = (decided_by_name is null)),
  check (decided_on is null or decided_on >= raised_on),
  check (decision is distinct from 'MONITOR' or review_on is not null)
);

create index concern_child on concern (child_id, raised_on desc, raised_at desc);
-- The concerns still awaiting a decision: the SENCO's home, the deadline letters, the meetings.
create index concern_open on concern (school_id) where decided_on is null;
create index concern_open_child on concern (child_id) where decided_on is null;

-- The inbox has a kind for concerns: raised (for the SENCO) and decided (for the family).
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check check (kind in ('MEETING', 'ACTION',
  'DEADLINE', 'EVIDENCE', 'VIEW', 'REQUEST', 'MESSAGE', 'PROVISION_CHANGE', 'CONCERN'));
alter table notification_preference drop constraint notification_preference_kind_check;
alter table notification_preference add constraint notification_preference_kind_check check (kind
  in ('MEETING', 'ACTION', 'DEADLINE', 'EVIDENCE', 'VIEW', 'REQUEST', 'MESSAGE', 'PROVISION_CHANGE',
  'CONCERN'));
