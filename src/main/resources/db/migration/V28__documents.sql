-- Documents and evidence shared about a child: what each is, who shared it and when, its real type
-- (detected from its content), size and SHA-256 hash; for evidence from the family, the day by which
-- the school says what it makes of it, and the school's response. The bytes are kept apart, in
-- document_content (or in a directory when one is configured), so that listing never reads them.

create table document (
  id                 uuid primary key,
  child_id           uuid not null references child (id),
  title              text not null,
  kind               text not null check (kind in ('ASSESSMENT_REPORT', 'MEDICAL_LETTER',
                       'SCHOOL_REPORT', 'PARENT_EVIDENCE', 'OTHER')),
  content_type       text not null,
  file_name          text not null,
  size_bytes         bigint not null check (size_bytes > 0),
  sha256             text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  stored_in          text not null check (stored_in in ('DATABASE', 'DIRECTORY')),
  uploaded_by_id     uuid not null references app_user (id),
  uploaded_by_name   text not null,
  uploaded_at        timestamp with time zone not null,
  from_family        boolean not null,
  -- Evidence from the family only: the day the school should respond by.
  response_due       date,
  response_text      text,
  responded_by_id    uuid references app_user (id),
  responded_by_name  text,
  responded_at       timestamp with time zone,
  version            bigint not null default 0,
  check (from_family = (response_due is not null)),
  check ((response_text is null) = (responded_at is null))
);

create index document_child on document (child_id, uploaded_at desc);
-- Evidence still waiting for the school's response (the SENCO's home, the child's page).
create index document_awaiting on document (response_due) where response_due is not null
  and response_text is null;

create table document_content (
  document_id        uuid primary key references document (id) on delete cascade,
  bytes              bytea not null
);
