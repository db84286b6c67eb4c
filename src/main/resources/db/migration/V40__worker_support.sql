-- Team Around the Worker (issue 18, part 4): the lead professional on a child's team asks the
-- professional team for support on the case (a question, a joint visit on a suggested day, or
-- supervision); the team answers in a thread, and the lead or the SENCO marks it resolved with a
-- closing note, or reopens it. The family is not a party to it: only the professional team reads
-- it, and every read and change is in the child's audit trail like the rest of the record.

create table support_request (
  id               uuid primary key,
  child_id         uuid not null references child (id),
  kind             text not null check (kind in ('QUESTION', 'JOINT_VISIT', 'SUPERVISION')),
  subject          text not null check (length(subject) <= 200),
  body             text not null,
  -- The day suggested for a joint visit; none for the other kinds.
  visit_on         date check (visit_on is null or kind = 'JOINT_VISIT'),
  asked_by_id      uuid references app_user (id),
  asked_by_name    text not null,
  asked_at         timestamp with time zone not null,
  status           text not null check (status in ('OPEN', 'RESOLVED')),
  -- The closing note, who wrote it and when: kept while resolved, cleared when reopened.
  closing_note     text,
  resolved_by_name text,
  resolved_at      timestamp with time zone,
  last_reply_at    timestamp with time zone,
  replies          integer not null default 0,
  version          bigint not null default 0,
  check ((status = 'RESOLVED') = (resolved_at is not null)),
  check ((closing_note is null) = (resolved_at is null))
);

create index support_request_child on support_request (child_id, status, asked_at);
-- The requests still open: the SENCO's home reads them across the school's children, oldest first.
create index support_request_open on support_request (asked_at) where status = 'OPEN';

-- Each answer in a request's thread, as written; never changed.
create table support_reply (
  id           uuid primary key,
  request_id   uuid not null references support_request (id),
  body         text not null,
  written_by_id   uuid references app_user (id),
  written_by_name text not null,
  written_at   timestamp with time zone not null
);

create index support_reply_request on support_reply (request_id, written_at);
