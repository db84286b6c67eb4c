-- Two-factor sign-in (identity.TwoFactor...): each person's authenticator key and recovery codes,
-- and each school's and authority's choice that its staff must use it.

-- The key an authenticator app shares with Golden Thread (RFC 6238), encrypted with a key derived
-- from the server's token secret. A row without confirmed_at is a set-up not yet finished: the
-- person has been shown the key but has not typed a code from it yet. last_used_step is the
-- 30-second step of the last code accepted, so that a code cannot be used twice.
create table two_factor_key (
  user_id        uuid primary key references app_user (id) on delete cascade,
  secret         text not null,
  confirmed_at   timestamp with time zone,
  last_used_step bigint not null default 0,
  created_at     timestamp with time zone not null,
  version        bigint not null default 0
);

-- Recovery codes, for when the phone is lost: only their keyed hashes are kept, each works once.
create table two_factor_recovery_code (
  id        uuid primary key,
  user_id   uuid not null references app_user (id) on delete cascade,
  code_hash text not null,
  used_at   timestamp with time zone,
  version   bigint not null default 0,
  unique (user_id, code_hash)
);

-- Whether the organisation's SENCOs and officers must use two-factor sign-in.
alter table school add column staff_two_factor boolean not null default false;
alter table local_authority add column staff_two_factor boolean not null default false;
