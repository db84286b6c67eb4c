-- Which notices about a deadline have gone out (statutory): one "due in 5 working days" and one
-- "missed" per deadline, however many app nodes run the daily check.

create table statutory_deadline_notice (
  deadline_key text not null,
  notice       text not null check (notice in ('DUE_SOON', 'MISSED')),
  child_id     uuid not null references child (id),
  sent_at      timestamp with time zone not null,
  primary key (deadline_key, notice)
);
