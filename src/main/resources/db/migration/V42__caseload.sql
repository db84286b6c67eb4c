-- The SENCO's caseload (issue 19, part 1) reads, for every child of a school at once, what is still
-- open about them: these partial indexes let each child's open records be found without reading
-- the closed ones.
create index meeting_action_open_by_child on meeting_action (child_id, due_on) where status = 'OPEN';
create index document_awaiting_by_child on document (child_id, response_due)
  where response_due is not null and responded_at is null;
create index voice_view_open_by_child on voice_view (child_id) where status = 'OPEN';
create index written_request_open_by_child on written_request (child_id, due_on)
  where answered_on is null;
create index meeting_by_child_held on meeting (child_id, starts_at) where status in ('BOOKED', 'CLOSED');
