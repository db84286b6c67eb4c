-- The directory of services (issue 18, part 1): the help a family can get (information, advice and
-- support services, independent legal advice, helplines, parent carer forums, support groups,
-- training), for which needs (census need codes), in which areas (authority codes and postcode
-- districts) and languages (census language codes), kept by the authority's officers and the
-- administrators, each with the day it was last checked.
--
-- Search is PostgreSQL full-text search over a weighted document (name A, summary B, description
-- C; English stemming) kept by a generated column with a GIN index; needs, areas and languages are
-- arrays with GIN indexes of their own, so that the filters combine inside the index scans.

create table directory_service (
  id              uuid primary key,
  name            text not null check (length(name) between 1 and 200),
  summary         text not null check (length(summary) between 1 and 500),
  description     text check (length(description) <= 10000),
  kind            text not null check (kind in ('INFORMATION_ADVICE_SUPPORT',
                    'INDEPENDENT_LEGAL_ADVICE', 'HELPLINE', 'PARENT_CARER_FORUM', 'SUPPORT_GROUP',
                    'TRAINING', 'OTHER')),
  needs           text[] not null default '{}',
  areas           text[] not null default '{}',
  languages       text[] not null default '{}',
  phone           text check (length(phone) <= 40),
  email           text check (length(email) <= 200),
  website         text check (length(website) <= 500),
  address         text check (length(address) <= 500),
  opening_times   text check (length(opening_times) <= 1000),
  cost            text check (length(cost) <= 500),
  free            boolean not null default false,
  independent     boolean not null default false,
  last_checked_on date not null,
  created_at      timestamp with time zone not null,
  updated_at      timestamp with time zone not null,
  version         bigint not null default 0,
  search          tsvector generated always as (
                    setweight(to_tsvector('english'::regconfig, name), 'A')
                    || setweight(to_tsvector('english'::regconfig, summary), 'B')
                    || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
                  ) stored
);

create index directory_service_search on directory_service using gin (search);
create index directory_service_needs on directory_service using gin (needs);
create index directory_service_areas on directory_service using gin (areas);
create index directory_service_languages on directory_service using gin (languages);
create index directory_service_name on directory_service (lower(name), id);
create index directory_service_checked on directory_service (last_checked_on);
