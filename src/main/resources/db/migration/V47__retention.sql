-- Retention (issue 20, part 3): deleting a child's record deletes everything about it, and the
-- daily retention run is claimed once per day whatever the number of app instances.

-- 1. Every table that holds something about a child goes with the child (or with the row of the
--    child's record it belongs to). A link between two rows of the same record that may outlive
--    its target is cleared instead. RetentionCatalogueTests checks the whole catalogue, so that a
--    table added later cannot block or orphan a child's deletion.
create function pg_temp.recascade(tbl text, col text, ref text, action text) returns void
language plpgsql as $$
declare
  name text;
begin
  select c.conname into name
  from pg_constraint c
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
  where c.contype = 'f' and c.conrelid = tbl::regclass and a.attname = col
    and array_length(c.conkey, 1) = 1;
  if name is not null then
    execute format('alter table %I drop constraint %I', tbl, name);
  end if;
  execute format('alter table %I add constraint %I foreign key (%I) references %I (id) on delete %s',
                 tbl, tbl || '_' || col || '_fkey', col, ref, action);
end;
$$;

select pg_temp.recascade('meeting', 'child_id', 'child', 'cascade');
select pg_temp.recascade('meeting', 'follow_up_meeting_id', 'meeting', 'set null');
select pg_temp.recascade('meeting', 'previous_meeting_id', 'meeting', 'set null');
select pg_temp.recascade('meeting_action', 'child_id', 'child', 'cascade');
select pg_temp.recascade('ehc_assessment', 'child_id', 'child', 'cascade');
select pg_temp.recascade('ehc_assessment_event', 'assessment_id', 'ehc_assessment', 'cascade');
select pg_temp.recascade('ehc_assessment_event', 'advice_id', 'ehc_assessment_event', 'set null');
select pg_temp.recascade('statutory_deadline_notice', 'child_id', 'child', 'cascade');
select pg_temp.recascade('annual_review', 'child_id', 'child', 'cascade');
select pg_temp.recascade('annual_review', 'meeting_id', 'meeting', 'set null');
select pg_temp.recascade('annual_review_event', 'review_id', 'annual_review', 'cascade');
select pg_temp.recascade('written_request', 'child_id', 'child', 'cascade');
select pg_temp.recascade('written_request', 'assessment_id', 'ehc_assessment', 'set null');
select pg_temp.recascade('document', 'child_id', 'child', 'cascade');
select pg_temp.recascade('message_thread', 'child_id', 'child', 'cascade');
select pg_temp.recascade('message', 'child_id', 'child', 'cascade');
select pg_temp.recascade('message', 'thread_id', 'message_thread', 'cascade');
select pg_temp.recascade('message_read', 'message_id', 'message', 'cascade');
select pg_temp.recascade('contact_entry', 'child_id', 'child', 'cascade');
select pg_temp.recascade('inbox_item', 'child_id', 'child', 'cascade');
select pg_temp.recascade('concern', 'child_id', 'child', 'cascade');
select pg_temp.recascade('concern', 'assessment_id', 'ehc_assessment', 'set null');
select pg_temp.recascade('disagreement', 'child_id', 'child', 'cascade');
select pg_temp.recascade('disagreement_stage', 'disagreement_id', 'disagreement', 'cascade');
select pg_temp.recascade('voice_view', 'child_id', 'child', 'cascade');
select pg_temp.recascade('support_request', 'child_id', 'child', 'cascade');
select pg_temp.recascade('support_reply', 'request_id', 'support_request', 'cascade');

-- A family's or a child's invitation to an account goes with the invitation (deleted by retention
-- once it expired unaccepted). Checked at commit: the invitation and its link are written in one
-- transaction.
delete from family_invitation f where not exists (select 1 from invitation i where i.id = f.invitation_id);
alter table family_invitation add constraint family_invitation_invitation_id_fkey
  foreign key (invitation_id) references invitation (id) on delete cascade
  deferrable initially deferred;
delete from child_account_invitation c
  where not exists (select 1 from invitation i where i.id = c.invitation_id);
alter table child_account_invitation add constraint child_account_invitation_invitation_id_fkey
  foreign key (invitation_id) references invitation (id) on delete cascade
  deferrable initially deferred;

-- 2. The audit logs stay append-only for everyone but retention, which deletes entries past their
--    time and, with a child's record, the child's own trail (who read and changed it). Retention
--    says so in its own transaction: set_config('goldenthread.retention', 'on', true).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('goldenthread.retention', true) = 'on' then
    return old;
  end if;
  raise exception 'The audit log is append-only';
end;
$$;

select set_config('goldenthread.retention', 'on', true);
delete from child_audit a where not exists (select 1 from child c where c.id = a.child_id);
-- Checked at commit: a new child's first entries are written just before its row is flushed.
alter table child_audit add constraint child_audit_child_id_fkey
  foreign key (child_id) references child (id) on delete cascade
  deferrable initially deferred;

-- 3. The daily run: one row per day, inserted by the instance that claims it, in the transaction
--    that deletes; what it deleted, rule by rule.
create table retention_run (
  run_on      date primary key,
  started_at  timestamp with time zone not null,
  finished_at timestamp with time zone,
  trigger     text not null check (trigger in ('SCHEDULE', 'ADMINISTRATOR'))
);

create table retention_run_rule (
  run_on  date not null references retention_run (run_on) on delete cascade,
  rule    text not null,
  deleted integer not null check (deleted >= 0),
  primary key (run_on, rule)
);
