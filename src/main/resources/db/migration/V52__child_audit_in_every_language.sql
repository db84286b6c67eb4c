-- Each line of a child's audit trail says what happened as a message key and its arguments, so
-- that a family reads it in its own language. An argument is kept in a neutral form, tagged with
-- its kind: 'text:' words a person wrote (shown as written), 'day:' an ISO date (written the
-- reader's way), 'words:' a message key. `what` keeps the line in English, as the API gives it;
-- lines written before this have no key and are shown in English.
alter table child_audit add column what_key text;
alter table child_audit add column what_args text[];
alter table child_audit add constraint child_audit_args_have_a_key
  check (what_args is null or what_key is not null);
