-- A family member's address, which can be withheld (a refuge, or any address another parent must
-- not know): a withheld address is seen only by that person, the SENCO and the lead professional.
alter table family_member
  add column address          text,
  add column address_withheld boolean not null default false;

-- Every time a limit on what a family member is told was recorded, changed or cleared, with the
-- court order or reason given: kept, never changed. Read by those who may read the limitation note.
create table information_limit_change (
  id               bigserial primary key,
  child_id         uuid not null references child (id) on delete cascade,
  family_member_id uuid not null references family_member (id) on delete cascade,
  limited          boolean not null,
  reason           text not null,
  recorded_by      uuid,
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null
);
create index information_limit_change_by_member
  on information_limit_change (family_member_id, recorded_at desc, id desc);
