-- Pupil imports (issue 19, part 3). A file the SENCO previewed on the page is kept here until they
-- import it (or for a day), and a large import runs as a job whose progress any app node can
-- answer: RUNNING with its progress, then DONE with the answer (its HTTP status and JSON body).
create table import_job (
  id           uuid primary key,
  school_id    uuid not null references school (id),
  user_id      uuid not null references app_user (id),
  dry_run      boolean not null,
  status       text not null check (status in ('PREVIEWED', 'RUNNING', 'DONE')),
  progress     integer not null default 0 check (progress between 0 and 100),
  pupils       integer not null default 0,
  file         bytea,
  file_name    text,
  http_status  integer,
  result       text,
  created_at   timestamp with time zone not null,
  finished_at  timestamp with time zone,
  version      bigint not null default 0
);
create index import_job_by_user on import_job (user_id, created_at desc);
