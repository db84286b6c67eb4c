-- Sign-in throttling counts attempts in one row per key, raised with one atomic
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING, so that parallel guesses cannot all pass a
-- read-then-write check. Keys: 'account:<email>' and 'pair:<email> <address>'.
create table sign_in_counter (
  key               text primary key,
  window_started_at timestamp with time zone not null,
  attempts          integer not null
);
create index sign_in_counter_by_window on sign_in_counter (window_started_at);

drop table sign_in_failure;
