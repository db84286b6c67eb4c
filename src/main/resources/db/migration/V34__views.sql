-- Views of the child and of the family (issue 17, part 1): what was said, by whom or for whom, about
-- what, and the Lundy fields (the space given, the voice and its method, the audience); then the
-- response ("you said, we did", or why not) and the day it was fed back to the child. A view is an
-- open loop until it is fed back: its status is kept beside it so that the open loops of a school
-- read in one statement.

create table voice_view (
  id                uuid primary key,
  child_id          uuid not null references child (id),
  whose             text not null check (whose in ('CHILD', 'FAMILY')),
  body              text not null,
  feeling           text check (feeling in ('HAPPY', 'OK', 'WORRIED', 'SAD', 'ANGRY')),
  about_kind        text check (about_kind in ('PLAN_ITEM', 'MEETING', 'SCHOOL_LIFE', 'OTHER')),
  about_id          uuid,
  space             text,
  voice             text,
  method            text check (method in ('TALKING', 'WRITING', 'DRAWING', 'SYMBOLS',
                      'TALKING_MAT', 'TRUSTED_ADULT', 'INTERPRETER', 'OTHER')),
  audience          text,
  recorded_by_id    uuid references app_user (id),
  recorded_by_name  text not null,
  recorded_at       timestamp with time zone not null,
  status            text not null check (status in ('OPEN', 'ANSWERED', 'FED_BACK')),
  response          text,
  how               text,
  fed_back_on       date,
  responded_by_id   uuid references app_user (id),
  responded_by_name text,
  responded_at      timestamp with time zone,
  version           bigint not null default 0,
  check (about_id is null or about_kind in ('PLAN_ITEM', 'MEETING')),
  -- The status says what is recorded: a response for ANSWERED, and its feedback day for FED_BACK.
  check ((status = 'OPEN') = (response is null)),
  check ((status = 'FED_BACK') = (fed_back_on is not null)),
  check ((response is null) = (responded_at is null))
);

create index voice_view_child on voice_view (child_id, recorded_at desc);
-- The open loops: the SENCO's home, oldest first.
create index voice_view_open on voice_view (recorded_at) where status <> 'FED_BACK';
create index voice_view_about on voice_view (about_id) where about_id is not null;
