-- Requests in writing (issue 15, part 1): a parent, the young person or someone on the child's team
-- asks the school or the local authority for something, and gets a written answer with reasons by
-- a due date worked out when the request is made. A request for an EHC needs assessment sent to
-- the authority starts the statutory clock: it links to the assessment it started.

create table written_request (
  id               uuid primary key,
  child_id         uuid not null references child (id),
  -- The child's school when the request was made: whose SENCO and head it awaits.
  school_id        uuid references school (id),
  kind             text not null check (kind in ('SEN_SUPPORT', 'EHC_ASSESSMENT', 'COPY_OF_RECORDS',
                     'MEETING', 'PROVISION_CHANGE', 'OTHER')),
  addressed_to     text not null check (addressed_to in ('SCHOOL', 'LOCAL_AUTHORITY')),
  body             text not null,
  made_on          date not null,
  due_on           date not null,
  made_by_id       uuid references app_user (id),
  made_by_name     text not null,
  made_by_role     text not null check (made_by_role in ('PARENT', 'YOUNG_PERSON', 'STAFF')),
  made_at          timestamp with time zone not null,
  assessment_id    uuid references ehc_assessment (id),
  answer           text,
  decision         text check (decision in ('AGREED', 'PARTLY_AGREED', 'REFUSED', 'INFORMATION')),
  answered_on      date,
  answered_by_id   uuid references app_user (id),
  answered_by_name text,
  answered_at      timestamp with time zone,
  version          bigint not null default 0,
  check (due_on >= made_on),
  -- An answer is whole: its text, decision, day and author together, or none of them.
  check ((answer is null) = (answered_on is null)
         and (answer is null) = (decision is null)
         and (answer is null) = (answered_by_name is null)),
  check (answered_on is null or answered_on >= made_on)
);

create index written_request_child on written_request (child_id, made_on desc, made_at desc);
-- The requests still awaiting an answer: the homes of those who owe one, and the deadline letters.
create index written_request_open on written_request (school_id, addressed_to)
  where answered_on is null;
create index written_request_maker on written_request (made_by_id) where answered_on is null;
