-- Files attached to mail kept in the outbox (a meeting's calendar file), so that the
-- administrator can download them as the recipient would have received them.
create table outbox_attachment (
  id           uuid primary key,
  message_id   uuid not null references outbox_message (id) on delete cascade,
  position     integer not null,
  filename     text not null,
  content_type text not null,
  content      bytea not null
);
create index outbox_attachment_by_message on outbox_attachment (message_id, position);
