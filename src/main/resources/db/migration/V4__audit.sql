-- Append-only: rows are inserted, never changed or removed.
create table audit_event (
  id          bigserial primary key,
  occurred_at timestamp with time zone not null,
  actor_id    uuid,
  actor_name  text,
  action      text not null,
  what        text not null,
  address     text
);
create index audit_event_by_time on audit_event (occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'The audit log is append-only';
end;
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
