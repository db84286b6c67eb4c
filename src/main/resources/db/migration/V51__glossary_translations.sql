-- The glossary in Welsh, Polish and Urdu (issue 22): each term's name, the ways it is written in
-- that language's text (one a line, as glossary_term.forms) and its explanation. Administrators
-- change a translation's explanation as they change the English one; a term with no translation
-- in a language is shown in English there.
create table glossary_translation (
  slug        text not null references glossary_term (slug) on delete cascade,
  language    text not null check (language in ('cy', 'pl', 'ur')),
  term        text not null check (length(term) between 1 and 200),
  forms       text not null default '',
  explanation text not null check (length(explanation) between 1 and 2000),
  version     bigint not null default 0,
  changed_at  timestamp with time zone not null default now(),
  primary key (slug, language)
);
