-- Child and young person accounts: the age from which a school's pupils may be invited to an
-- account of their own (10 unless the school chooses otherwise), and the invitations sent to a
-- child, so that accepting one links the new account to the child's record.
alter table school
  add column child_account_min_age int not null default 10
    check (child_account_min_age between 5 and 18);

create table child_account_invitation (
  invitation_id uuid primary key,
  child_id      uuid not null references child (id) on delete cascade,
  email         text not null,
  invited_by    uuid not null,
  created_at    timestamptz not null,
  expires_at    timestamptz not null
);

create index child_account_invitation_child on child_account_invitation (child_id, expires_at);
