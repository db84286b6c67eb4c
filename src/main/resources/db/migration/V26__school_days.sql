-- How a school counts its days: how many school days it takes to answer a request in writing and
-- to respond to new evidence, how long a family may go without contact before the key worker is
-- prompted, and the term dates it has entered (without them, school days are working days).
alter table school
  add column request_answer_days int not null default 15
    check (request_answer_days between 1 and 60),
  add column evidence_response_days int not null default 15
    check (evidence_response_days between 1 and 60),
  add column contact_lapse_weeks int not null default 6
    check (contact_lapse_weeks between 1 and 52);

create table school_term (
  id        uuid primary key default gen_random_uuid(),
  school_id uuid not null references school (id) on delete cascade,
  starts_on date not null,
  ends_on   date not null,
  check (ends_on >= starts_on),
  unique (school_id, starts_on)
);
