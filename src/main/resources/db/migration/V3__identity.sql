create table app_user (
  id            uuid primary key default gen_random_uuid(),
  email         text not null unique,
  display_name  text not null,
  password_hash text not null,
  enabled       boolean not null default true,
  version       bigint not null default 0,
  created_at    timestamp with time zone not null default now()
);

-- What a person does and where: a SENCO of one school, an officer of one authority, a
-- professional of one service, a parent, a platform administrator.
create table user_role (
  id              uuid primary key default gen_random_uuid(),
  user_id         uuid not null references app_user (id) on delete cascade,
  role            text not null,
  organisation_id uuid,
  unique nulls not distinct (user_id, role, organisation_id)
);
create index user_role_by_organisation on user_role (organisation_id);

create table invitation (
  id              uuid primary key default gen_random_uuid(),
  email           text not null,
  display_name    text not null,
  role            text not null,
  organisation_id uuid,
  token_hash      text not null unique,
  invited_by      uuid references app_user (id),
  created_at      timestamp with time zone not null default now(),
  expires_at      timestamp with time zone not null,
  accepted_at     timestamp with time zone,
  version         bigint not null default 0
);
create index invitation_by_email on invitation (email);

create table password_reset (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references app_user (id) on delete cascade,
  token_hash  text not null unique,
  created_at  timestamp with time zone not null default now(),
  expires_at  timestamp with time zone not null,
  used_at     timestamp with time zone,
  version     bigint not null default 0
);

create table api_token (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references app_user (id) on delete cascade,
  token_hash  text not null unique,
  created_at  timestamp with time zone not null default now(),
  expires_at  timestamp with time zone not null,
  revoked_at  timestamp with time zone,
  version     bigint not null default 0
);

create table sign_in_failure (
  id         bigserial primary key,
  email      text not null,
  address    text not null,
  failed_at  timestamp with time zone not null default now()
);
create index sign_in_failure_by_email on sign_in_failure (email, failed_at);
create index sign_in_failure_by_address on sign_in_failure (address, failed_at);
