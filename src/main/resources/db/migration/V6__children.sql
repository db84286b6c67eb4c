-- The child record, the one-page profile, the family and the Team Around the Child.

create table child (
  id                 uuid primary key,
  given_name         text not null,
  family_name        text not null,
  preferred_name     text,
  date_of_birth      date not null,
  upn                text,
  school_id          uuid not null references school (id),
  year_group         text not null,
  sen_status         text not null check (sen_status in ('N', 'K', 'E')),
  primary_need       text,
  secondary_need     text,
  home_languages     text not null default 'en',
  interpreter_needed boolean not null default false,
  user_id            uuid references app_user (id),
  version            bigint not null default 0,
  created_at         timestamp with time zone not null,
  updated_at         timestamp with time zone not null
);
create unique index child_upn_unique on child (upn) where upn is not null;
create index child_by_school on child (school_id);
create index child_by_user on child (user_id) where user_id is not null;

-- One-page profile: the current text of each section, and every earlier text.
create table profile_section (
  child_id    uuid not null references child (id) on delete cascade,
  section     text not null,
  body        text not null,
  author_id   uuid,
  author_name text not null,
  written_at  timestamp with time zone not null,
  version     bigint not null default 0,
  primary key (child_id, section)
);

create table profile_section_history (
  id          bigserial primary key,
  child_id    uuid not null references child (id) on delete cascade,
  section     text not null,
  body        text not null,
  author_id   uuid,
  author_name text not null,
  written_at  timestamp with time zone not null
);
create index profile_section_history_by_child on profile_section_history (child_id, section, written_at desc);

create table family_member (
  id                      uuid primary key,
  child_id                uuid not null references child (id) on delete cascade,
  user_id                 uuid references app_user (id),
  name                    text not null,
  email                   text,
  phone                   text,
  relationship            text not null,
  parental_responsibility boolean not null,
  household               text,
  preferred_language      text,
  preferred_format        text not null default 'STANDARD',
  contact_channel         text not null default 'EMAIL',
  information_limited     boolean not null default false,
  limitation_note         text,
  version                 bigint not null default 0
);
create index family_member_by_child on family_member (child_id);
create index family_member_by_user on family_member (user_id) where user_id is not null;
create unique index family_member_one_account_per_child on family_member (child_id, user_id) where user_id is not null;

-- What the family asks professionals to take into account. Seen by the family, the SENCO, the
-- head and the team; not by every teacher.
create table family_context (
  child_id               uuid primary key references child (id) on delete cascade,
  culture                text,
  religion               text,
  parenting_arrangements text,
  circumstances          text,
  version                bigint not null default 0
);

create table team_member (
  id           uuid primary key,
  child_id     uuid not null references child (id) on delete cascade,
  user_id      uuid references app_user (id),
  name         text not null,
  role         text not null,
  organisation text,
  start_on     date not null,
  end_on       date,
  commitment   text,
  lead         boolean not null default false,
  consent      text not null check (consent in ('NOT_NEEDED', 'PENDING', 'GIVEN', 'WITHDRAWN')),
  version      bigint not null default 0
);
create index team_member_by_child on team_member (child_id);
create index team_member_by_user on team_member (user_id) where user_id is not null;
-- Exactly one lead professional at a time.
create unique index team_member_one_lead on team_member (child_id) where lead;

create table consent (
  id               uuid primary key,
  child_id         uuid not null references child (id) on delete cascade,
  member_id        uuid not null references team_member (id) on delete cascade,
  status           text not null check (status in ('GIVEN', 'WITHDRAWN')),
  method           text not null check (method in ('IN_APP', 'WRITTEN', 'VERBAL')),
  given_on         date not null,
  given_by         text not null,
  recorded_by      uuid,
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null
);
create index consent_by_child on consent (child_id, recorded_at desc);

-- An invitation sent to a parent or carer for a child: accepting it links their account.
create table family_invitation (
  invitation_id    uuid primary key,
  child_id         uuid not null references child (id) on delete cascade,
  family_member_id uuid not null references family_member (id) on delete cascade
);

-- Who read or changed a child's record: append-only.
create table child_audit (
  id          bigserial primary key,
  child_id    uuid not null,
  occurred_at timestamp with time zone not null,
  actor_id    uuid,
  actor_name  text not null,
  role        text not null,
  action      text not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE')),
  what        text not null
);
create index child_audit_by_child on child_audit (child_id, occurred_at desc, id desc);

create trigger child_audit_append_only
  before update or delete on child_audit
  for each row execute function audit_event_is_append_only();
