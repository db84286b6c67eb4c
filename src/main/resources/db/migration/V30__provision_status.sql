-- Agreed support can be paused (a member of staff is away, the timetable changed) or stopped, with
-- the reason and the dates; the family is told at once and the plan's history keeps each change.
alter table plan_provision
  add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'STOPPED')),
  add column status_reason text,
  add column status_from date,
  add column status_until date,
  add check (status_until is null or status_from is null or status_until >= status_from);
