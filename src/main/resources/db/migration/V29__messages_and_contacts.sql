-- Messages: threads per child between the family and the team, each message with its author, its
-- time and who has read it (one receipt per person). Messages are never changed once sent; a
-- thread's last_message_at follows its newest message, for the newest activity first.
create table message_thread (
  id              uuid primary key,
  child_id        uuid not null references child (id),
  subject         text not null,
  about_kind      text check (about_kind in ('ASPIRATION', 'NEED', 'OUTCOME', 'PROVISION',
                    'STRATEGY', 'MEETING', 'REQUEST')),
  about_id        uuid,
  started_by      uuid not null references app_user (id),
  started_at      timestamp with time zone not null,
  last_message_at timestamp with time zone not null,
  check ((about_kind is null) = (about_id is null))
);
create index message_thread_by_child on message_thread (child_id, last_message_at desc);

create table message (
  id          uuid primary key,
  thread_id   uuid not null references message_thread (id),
  child_id    uuid not null references child (id),
  author_id   uuid not null references app_user (id),
  author_name text not null,
  from_family boolean not null,
  sent_at     timestamp with time zone not null,
  text        text not null
);
create index message_by_thread on message (thread_id, sent_at);
create index message_by_child on message (child_id);
create index message_from_family on message (child_id, sent_at desc) where from_family;

create table message_read (
  message_id  uuid not null references message (id),
  user_id     uuid not null references app_user (id),
  reader_name text not null,
  read_at     timestamp with time zone not null,
  primary key (message_id, user_id)
);
create index message_read_by_user on message_read (user_id, message_id);

-- The contact log: calls, conversations at the gate, home visits and video calls that staff
-- record, with whom, what was said and what was agreed.
create table contact_entry (
  id                uuid primary key,
  child_id          uuid not null references child (id),
  on_date           date not null,
  how               text not null check (how in ('PHONE', 'IN_PERSON', 'HOME_VISIT', 'VIDEO', 'OTHER')),
  with_whom         text not null,
  summary           text not null,
  agreed            text,
  recorded_by       uuid not null references app_user (id),
  recorded_by_name  text not null,
  recorded_at       timestamp with time zone not null,
  version           bigint not null default 0
);
create index contact_entry_by_child on contact_entry (child_id, on_date desc, recorded_at desc);
