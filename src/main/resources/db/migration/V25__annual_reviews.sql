-- Annual reviews of EHC plans (statutory): the review meeting, the meeting it is held at, and each
-- step after it as an event with its date. The deadlines follow from these by the deadline module's
-- rules.

create table annual_review (
  id               uuid primary key,
  child_id         uuid not null references child (id),
  meeting_on       date not null,
  meeting_id       uuid unique references meeting (id),
  recorded_by_id   uuid not null references app_user (id),
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null,
  changed_at       timestamp with time zone not null,
  version          bigint not null default 0,
  -- One review a day for a child: a second is the same one recorded twice.
  unique (child_id, meeting_on)
);

create table annual_review_event (
  id               uuid primary key,
  review_id        uuid not null references annual_review (id),
  position         integer not null,
  kind             text not null check (kind in ('INVITATIONS_SENT', 'REPORT_SENT', 'DECISION',
                     'AMENDMENTS_PROPOSED', 'FINAL_AMENDED')),
  happened_on      date not null,
  recorded_by_id   uuid references app_user (id),
  recorded_by_name text not null,
  recorded_at      timestamp with time zone not null,
  unique (review_id, position),
  -- Each step once.
  unique (review_id, kind)
);
