-- Mail kept in the app when no SMTP server is configured (the demo mode), so that a newcomer can
-- read an invitation and follow its link.
create table outbox_message (
  id          uuid primary key default gen_random_uuid(),
  recipient   text not null,
  subject     text not null,
  body        text not null,
  created_at  timestamp with time zone not null default now()
);
create index outbox_message_by_time on outbox_message (created_at desc);
