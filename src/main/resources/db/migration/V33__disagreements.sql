-- Disagreements (issue 16, parts 2 to 4): what a family disagrees with (support at school, or a
-- decision of the local authority: a refusal to assess or to issue a plan, the contents of a plan
-- by section, a decision to cease it, the school named in it), the date of the decision letter
-- where there is one, and the stages it goes through, each with its dates, what was asked, what was
-- answered and the outcome. Its deadlines (mediation advice, the certificate, mediation, the
-- appeal) are worked out from these dates whenever it is read, by the deadline rules.

create table disagreement (
  id                 uuid primary key,
  child_id           uuid not null references child (id),
  about              text not null check (about in ('SCHOOL_SUPPORT', 'REFUSAL_TO_ASSESS',
                       'REFUSAL_TO_ISSUE', 'PLAN_CONTENTS', 'CEASE', 'NAMED_SCHOOL_ONLY')),
  -- The sections of the plan it is about (PLAN_CONTENTS only), as letters: 'B,F'.
  sections           text,
  decision_letter_on date,
  summary            text not null,
  -- A complaint about a named member of staff is never shown to that person.
  about_staff_id     uuid references app_user (id),
  about_staff_name   text,
  recorded_by_id     uuid references app_user (id),
  recorded_by_name   text not null,
  recorded_at        timestamp with time zone not null,
  -- The day of the last change (a stage added), so that each change moves the version on.
  changed_at         timestamp with time zone not null,
  version            bigint not null default 0,
  check ((sections is null) or about = 'PLAN_CONTENTS'),
  check ((about_staff_id is null) = (about_staff_name is null))
);

create index disagreement_child on disagreement (child_id, recorded_at desc);

create table disagreement_stage (
  id               uuid primary key,
  disagreement_id  uuid not null references disagreement (id),
  stage            text not null check (stage in ('TALK_TO_SCHOOL', 'SCHOOL_COMPLAINT',
                     'DISAGREEMENT_RESOLUTION', 'MEDIATION_ADVICE', 'MEDIATION', 'TRIBUNAL')),
  started_on       date not null,
  -- The mediation certificate: after the family said no to mediation, or after mediation.
  certificate_on   date check (certificate_on is null or stage in ('MEDIATION_ADVICE', 'MEDIATION')),
  asked            text,
  answered         text,
  outcome          text,
  -- This stage settled the disagreement: nothing further is open to the family.
  settles          boolean not null default false,
  recorded_by_id   uuid references app_user (id),
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null
);

create index disagreement_stage_of on disagreement_stage (disagreement_id, started_on);

-- The inbox tells the SENCO, or the authority's officers, of a disagreement recorded. CONCERN is
-- allowed too, so that this list holds whichever of issue 16's migrations runs last.
alter table inbox_item drop constraint if exists inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check check (kind in ('MEETING', 'ACTION',
  'DEADLINE', 'EVIDENCE', 'VIEW', 'REQUEST', 'MESSAGE', 'PROVISION_CHANGE', 'CONCERN',
  'DISAGREEMENT'));
alter table notification_preference drop constraint if exists notification_preference_kind_check;
alter table notification_preference add constraint notification_preference_kind_check check (kind
  in ('MEETING', 'ACTION', 'DEADLINE', 'EVIDENCE', 'VIEW', 'REQUEST', 'MESSAGE',
  'PROVISION_CHANGE', 'CONCERN', 'DISAGREEMENT'));
