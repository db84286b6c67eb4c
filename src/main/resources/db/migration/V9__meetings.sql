-- Meetings about a child: invitation and calendar file, preparation, minutes, agreed actions and
-- closing with what happens next. HELD is not stored: a BOOKED meeting whose start has passed is
-- held.

create table meeting (
  id                   uuid primary key,
  child_id             uuid not null references child (id),
  kind                 text not null check (kind in ('SEN_SUPPORT_REVIEW', 'ANNUAL_REVIEW',
                         'TEAM_MEETING', 'FIRST_CONCERN', 'TRANSITION')),
  starts_at            timestamp with time zone not null,
  duration_minutes     integer not null check (duration_minutes between 5 and 480),
  location             text not null,
  organiser_id         uuid not null references app_user (id),
  organiser_name       text not null,
  status               text not null check (status in ('DRAFT', 'BOOKED', 'CLOSED', 'CANCELLED')),
  calendar_uid         text not null unique,
  calendar_sequence    integer not null default 0,
  notes                text,
  parent_view          text,
  child_view           text,
  decisions            text,
  follow_up_on         date,
  no_follow_up_reason  text,
  follow_up_meeting_id uuid references meeting (id),
  previous_meeting_id  uuid references meeting (id),
  closed_at            timestamp with time zone,
  created_at           timestamp with time zone not null,
  version              bigint not null default 0,
  check (status <> 'CLOSED' or follow_up_on is not null or no_follow_up_reason is not null)
);
create index meeting_by_child on meeting (child_id, starts_at desc);

-- Who is invited, in order; the parents and the organiser always are.
create table meeting_invitee (
  meeting_id uuid not null references meeting (id) on delete cascade,
  position   integer not null,
  user_id    uuid not null references app_user (id),
  name       text not null,
  parent     boolean not null default false,
  primary key (meeting_id, position)
);
create index meeting_invitee_by_user on meeting_invitee (user_id);

create table meeting_agenda_item (
  meeting_id uuid not null references meeting (id) on delete cascade,
  position   integer not null,
  text       text not null,
  primary key (meeting_id, position)
);

-- Preparation: what each invitee brings; chair_only is seen by its author and the organiser only.
create table meeting_contribution (
  id           uuid primary key,
  meeting_id   uuid not null references meeting (id) on delete cascade,
  author_id    uuid not null references app_user (id),
  author_name  text not null,
  kind         text not null,
  text         text not null,
  how_gathered text,
  chair_only   boolean not null default false,
  added_at     timestamp with time zone not null,
  version      bigint not null default 0
);
create index meeting_contribution_by_meeting on meeting_contribution (meeting_id, added_at);

-- Agreed actions: one owner each, a due date and a status (dropped needs a reason).
create table meeting_action (
  id          uuid primary key,
  meeting_id  uuid not null references meeting (id) on delete cascade,
  child_id    uuid not null references child (id),
  description text not null,
  owner_id    uuid not null references app_user (id),
  owner_name  text not null,
  due_on      date not null,
  status      text not null check (status in ('OPEN', 'DONE', 'DROPPED')),
  reason      text,
  created_at  timestamp with time zone not null,
  changed_at  timestamp with time zone not null,
  version     bigint not null default 0,
  check (status <> 'DROPPED' or reason is not null)
);
create index meeting_action_by_meeting on meeting_action (meeting_id);
create index meeting_action_by_child on meeting_action (child_id, due_on);
create index meeting_action_open_by_owner on meeting_action (owner_id, due_on) where status = 'OPEN';
