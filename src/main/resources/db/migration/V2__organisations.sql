create table local_authority (
  id         uuid primary key default gen_random_uuid(),
  name       text not null,
  code       text not null unique,
  version    bigint not null default 0,
  created_at timestamp with time zone not null default now()
);

create table school (
  id                 uuid primary key default gen_random_uuid(),
  urn                text not null unique,
  name               text not null,
  phase              text not null,
  local_authority_id uuid not null references local_authority (id),
  version            bigint not null default 0,
  created_at         timestamp with time zone not null default now()
);
create index school_by_authority on school (local_authority_id);

create table support_service (
  id                 uuid primary key default gen_random_uuid(),
  name               text not null,
  kind               text not null,
  local_authority_id uuid references local_authority (id),
  email              text,
  version            bigint not null default 0,
  created_at         timestamp with time zone not null default now()
);
