-- Moving school (issue 20, part 1): the child's SENCO (or an officer of the child's authority)
-- proposes a move to another school on a date; the family agrees or declines. On agreement the
-- receiving school's SENCOs join the child's team; the move completes on its date (at once when the
-- date has come), when the child's school changes and the school left behind keeps a read-only
-- copy of the record as it stood.

create table transfer (
  id               uuid primary key,
  -- A move is part of the child's record, and goes with it (retention).
  child_id         uuid not null references child (id) on delete cascade,
  from_school_id   uuid not null references school (id),
  to_school_id     uuid not null references school (id),
  moves_on         date not null,
  status           text not null check (status in ('PROPOSED', 'AGREED', 'DECLINED', 'COMPLETED',
                                                   'CANCELLED')),
  proposed_by_id   uuid references app_user (id),
  proposed_by_name text not null,
  -- How the proposer stood to the child (SENCO or AUTHORITY_OFFICER), for the record's history.
  proposed_as      text not null,
  proposed_at      timestamp with time zone not null,
  answered_by_id   uuid references app_user (id),
  answered_by_name text,
  answered_at      timestamp with time zone,
  completed_at     timestamp with time zone,
  -- Proposed through a Common Transfer File imported by the receiving school.
  from_import      boolean not null default false,
  version          bigint not null default 0,
  check (from_school_id <> to_school_id)
);

-- One open move per child: a second proposal, even at the same moment, is a conflict.
create unique index transfer_one_open on transfer (child_id) where status in ('PROPOSED', 'AGREED');
-- The moves due to complete, for the daily job.
create index transfer_due on transfer (moves_on) where status = 'AGREED';
create index transfer_from_school on transfer (from_school_id) where status = 'COMPLETED';
create index transfer_to_school on transfer (to_school_id) where status = 'AGREED';

-- What the school left behind held when the move completed: the whole record as the export writes
-- it, kept as it was and never changed.
create table transfer_copy (
  transfer_id uuid primary key references transfer (id) on delete cascade,
  record      jsonb not null,
  taken_at    timestamp with time zone not null
);
