-- The views of the child and the family that a review answered (issue 17, part 5): linked by id,
-- never copied; the views themselves are kept by the voice module.
alter table plan_review add column views_answered uuid[] not null default '{}';
