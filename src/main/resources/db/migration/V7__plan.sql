-- The golden thread plan: aspirations -> needs -> outcomes -> provision, and strategies, with
-- comments, agreements, the history of every item, and each school's cost per hour of provision.

-- One row per child with a plan: its revision counts every change to the plan's items and links,
-- and the row is locked while a change is made, so that changes to one plan happen one at a time.
create table plan (
  child_id   uuid primary key references child (id) on delete cascade,
  revision   bigint not null default 0,
  changed_at timestamp with time zone not null
);

create table plan_aspiration (
  id          uuid primary key,
  child_id    uuid not null references child (id) on delete cascade,
  text        text not null,
  voice       text not null check (voice in ('CHILD', 'PARENT', 'SHARED')),
  added_at    timestamp with time zone not null,
  added_by    uuid,
  changed_at  timestamp with time zone not null,
  changed_in  bigint not null,
  version     bigint not null default 0
);
create index plan_aspiration_by_child on plan_aspiration (child_id);

create table plan_need (
  id          uuid primary key,
  child_id    uuid not null references child (id) on delete cascade,
  text        text not null,
  area        text not null check (area in ('COMMUNICATION_AND_INTERACTION', 'COGNITION_AND_LEARNING',
                                            'SEMH', 'SENSORY_AND_PHYSICAL')),
  added_at    timestamp with time zone not null,
  added_by    uuid,
  changed_at  timestamp with time zone not null,
  changed_in  bigint not null,
  version     bigint not null default 0
);
create index plan_need_by_child on plan_need (child_id);

create table plan_outcome (
  id                  uuid primary key,
  child_id            uuid not null references child (id) on delete cascade,
  text                text not null,
  success_criteria    text,
  target_date         date,
  status              text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED',
                                                      'PARTLY_ACHIEVED', 'NOT_ACHIEVED')),
  written_with_family boolean not null default false,
  added_at            timestamp with time zone not null,
  added_by            uuid,
  changed_at          timestamp with time zone not null,
  changed_in          bigint not null,
  version             bigint not null default 0
);
create index plan_outcome_by_child on plan_outcome (child_id);

create table plan_provision (
  id                  uuid primary key,
  child_id            uuid not null references child (id) on delete cascade,
  description         text not null,
  delivered_by_role   text not null check (delivered_by_role in ('TEACHING_ASSISTANT', 'TEACHER',
                                                                 'THERAPIST', 'OTHER')),
  delivered_by        text,
  sessions_per_week   integer not null check (sessions_per_week >= 1),
  minutes_per_session integer not null check (minutes_per_session >= 1),
  group_size          integer not null default 1 check (group_size >= 1),
  start_date          date,
  end_date            date,
  added_at            timestamp with time zone not null,
  added_by            uuid,
  changed_at          timestamp with time zone not null,
  changed_in          bigint not null,
  version             bigint not null default 0,
  check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_provision_by_child on plan_provision (child_id);

create table plan_strategy (
  id          uuid primary key,
  child_id    uuid not null references child (id) on delete cascade,
  text        text not null,
  used_at     text not null check (used_at in ('HOME', 'SCHOOL', 'BOTH')),
  added_at    timestamp with time zone not null,
  added_by    uuid,
  changed_at  timestamp with time zone not null,
  changed_in  bigint not null,
  version     bigint not null default 0
);
create index plan_strategy_by_child on plan_strategy (child_id);

-- Each item above: changed_at and changed_in (the plan revision of its last change, fields or
-- links) move on at every change, so that its version goes up once for each.

-- The links along the thread, many-to-many. Each belongs to both of its items: it is edited from
-- either side, and changing it changes (and versions) both.
create table plan_need_aspiration (
  need_id       uuid not null references plan_need (id) on delete cascade,
  aspiration_id uuid not null references plan_aspiration (id) on delete cascade,
  primary key (need_id, aspiration_id)
);
create index plan_need_aspiration_by_aspiration on plan_need_aspiration (aspiration_id);

create table plan_outcome_need (
  outcome_id uuid not null references plan_outcome (id) on delete cascade,
  need_id    uuid not null references plan_need (id) on delete cascade,
  primary key (outcome_id, need_id)
);
create index plan_outcome_need_by_need on plan_outcome_need (need_id);

create table plan_provision_outcome (
  provision_id uuid not null references plan_provision (id) on delete cascade,
  outcome_id   uuid not null references plan_outcome (id) on delete cascade,
  primary key (provision_id, outcome_id)
);
create index plan_provision_outcome_by_outcome on plan_provision_outcome (outcome_id);

-- Comments on any item: written once, kept when the item is removed (the history shows them).
create table plan_comment (
  id          uuid primary key,
  child_id    uuid not null references child (id) on delete cascade,
  item_kind   text not null check (item_kind in ('ASPIRATIONS', 'NEEDS', 'OUTCOMES', 'PROVISIONS',
                                                 'STRATEGIES')),
  item_id     uuid not null,
  author_id   uuid,
  author_name text not null,
  family      boolean not null,
  text        text not null,
  written_at  timestamp with time zone not null
);
create index plan_comment_by_child on plan_comment (child_id, written_at);

-- A parent, the child, or the young person (from 16) agreeing one revision of the plan, on a date.
create table plan_agreement (
  id            uuid primary key,
  child_id      uuid not null references child (id) on delete cascade,
  plan_revision bigint not null,
  user_id       uuid not null,
  name          text not null,
  relationship  text not null check (relationship in ('PARENT', 'CHILD', 'YOUNG_PERSON')),
  agreed_on     date not null,
  agreed_at     timestamp with time zone not null,
  unique (child_id, plan_revision, user_id)
);
create index plan_agreement_by_child on plan_agreement (child_id, agreed_at desc);

-- Every state each item has had, stored when the change is made: the full item (its fields and
-- its links both ways) as JSON, valid from the change until the next one. A removal closes the
-- last state and adds a REMOVED row that is never current. A row is never changed except to be
-- closed, once (valid_to set from null); rows go only with the child's whole record.
create table plan_item_history (
  id            bigserial primary key,
  child_id      uuid not null references child (id) on delete cascade,
  item_kind     text not null check (item_kind in ('ASPIRATIONS', 'NEEDS', 'OUTCOMES', 'PROVISIONS',
                                                   'STRATEGIES')),
  item_id       uuid not null,
  item_version  bigint not null,
  plan_revision bigint not null,
  change        text not null check (change in ('ADDED', 'CHANGED', 'LINKS_CHANGED', 'REMOVED')),
  snapshot      jsonb not null,
  author_id     uuid,
  author_name   text not null,
  author_role   text not null,
  author_family boolean not null,
  valid_from    timestamp with time zone not null,
  valid_to      timestamp with time zone
);
create index plan_item_history_by_item on plan_item_history (item_id, id);
create index plan_item_history_by_child on plan_item_history (child_id, valid_from);

create function plan_item_history_only_closes() returns trigger language plpgsql as $$
begin
  if old.valid_to is not null or new.valid_to is null
     or (to_jsonb(new) - 'valid_to') <> (to_jsonb(old) - 'valid_to') then
    raise exception 'The plan history is kept: a row may only be closed, once';
  end if;
  return new;
end;
$$;

create trigger plan_item_history_kept
  before update on plan_item_history
  for each row execute function plan_item_history_only_closes();

-- A school's cost of an hour of provision by who delivers it, in pence; a role with no row uses
-- the default in org.goldenthread.plan.CostRates.
create table school_cost_rate (
  school_id      uuid not null references school (id) on delete cascade,
  role           text not null check (role in ('TEACHING_ASSISTANT', 'TEACHER', 'THERAPIST', 'OTHER')),
  pence_per_hour integer not null check (pence_per_hour >= 0),
  version        bigint not null default 0,
  primary key (school_id, role)
);
