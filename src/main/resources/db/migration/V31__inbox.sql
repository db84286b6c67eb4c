-- The inbox: one row per thing a person should know of about a child (a meeting, an action due, a
-- deadline, new evidence, a request, a message, a change to support), with whether they have read
-- it and whether a daily digest has carried it. A row from an event or a daily check carries the
-- key of its source, so that the same thing is never put in the same inbox twice (an event
-- delivered again, the daily check run by two app nodes).
create table inbox_item (
  id          uuid primary key,
  user_id     uuid not null references app_user (id),
  kind        text not null check (kind in ('MEETING', 'ACTION', 'DEADLINE', 'EVIDENCE', 'VIEW',
                'REQUEST', 'MESSAGE', 'PROVISION_CHANGE')),
  child_id    uuid not null references child (id),
  title       text not null,
  link        text not null,
  at          timestamp with time zone not null,
  read_at     timestamp with time zone,
  digested_on date,
  source      text,
  version     bigint not null default 0
);
create index inbox_item_by_user on inbox_item (user_id, at desc, id desc);
create index inbox_item_unread on inbox_item (user_id, child_id) where read_at is null;
create index inbox_item_for_digest on inbox_item (user_id)
  where read_at is null and digested_on is null;
create unique index inbox_item_once on inbox_item (user_id, source) where source is not null;

-- Each person's choice of email per kind; a kind with no row has its default (see InboxKind).
create table notification_preference (
  user_id uuid not null references app_user (id),
  kind    text not null check (kind in ('MEETING', 'ACTION', 'DEADLINE', 'EVIDENCE', 'VIEW',
            'REQUEST', 'MESSAGE', 'PROVISION_CHANGE')),
  choice  text not null check (choice in ('IMMEDIATE', 'DIGEST', 'NONE')),
  primary key (user_id, kind)
);

-- One daily digest per person per day: the row is written before the digest is sent, in the same
-- transaction that marks its items as carried, so that two app nodes never both send it.
create table inbox_digest (
  user_id uuid not null references app_user (id),
  day     date not null,
  items   integer not null,
  sent_at timestamp with time zone not null,
  primary key (user_id, day)
);
