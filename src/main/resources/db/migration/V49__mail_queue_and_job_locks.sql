-- Several app nodes on one database.
--
-- Mail: every message is queued in outbox_message by the listener that writes it, in the
-- listener's transaction, and a sender on one of the nodes claims it (FOR UPDATE SKIP LOCKED),
-- hands it over (to the SMTP server, or to the outbox page when mail is kept in the app) and marks
-- it sent in the transaction that claimed it. A message that failed waits for its next attempt;
-- one that failed too often is kept, marked failed, and no longer tried.
alter table outbox_message
  add column channel         text not null default 'outbox',
  add column once_key        text,
  add column sent_at         timestamp with time zone,
  add column attempts        int not null default 0,
  add column next_attempt_at timestamp with time zone not null default now(),
  add column failed_at       timestamp with time zone,
  add column last_error      text;
-- Everything written before the queue was delivered already.
update outbox_message set sent_at = created_at;
-- A letter an event may call for twice (the event handled again after a node stopped) is queued
-- once: its key is unique.
create unique index outbox_message_once on outbox_message (once_key);
create index outbox_message_queued on outbox_message (channel, next_attempt_at)
  where sent_at is null and failed_at is null;

-- Scheduled jobs: one lock per job (ShedLock), so that each run happens on one node.
create table shedlock (
  name       varchar(64)  primary key,
  lock_until timestamp    not null,
  locked_at  timestamp    not null,
  locked_by  varchar(255) not null
);
