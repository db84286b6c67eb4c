-- Every family in its own language (issue 22).
--
-- An account's own choice of language for pages and emails: en, cy (Welsh), pl (Polish) or ur
-- (Urdu); none until they choose, when the browser's languages decide.
alter table app_user add column language text check (language in ('en', 'cy', 'pl', 'ur'));

-- A parent's or carer's preferred language on the family record becomes a DfE census language code
-- (ENG, POL, URD), as the child's home languages are, so that letters can be written in it. What
-- was typed is read for the first language it names ("Polish, some English" is POL); text that names
-- none becomes OTB (believed to be other than English), and an empty one stays empty.
create temporary table census_language_name (name text primary key, code text not null) on commit drop;
insert into census_language_name (name, code) values
  ('akan', 'AKA'),
  ('twi', 'AKA'),
  ('fante', 'AKA'),
  ('albanian', 'ALB'),
  ('amharic', 'AMR'),
  ('arabic', 'ARA'),
  ('belarusian', 'BEL'),
  ('bengali', 'BNG'),
  ('british sign language', 'BSL'),
  ('bulgarian', 'BUL'),
  ('chinese', 'CHI'),
  ('welsh', 'CYM'),
  ('czech', 'CZE'),
  ('dutch', 'DUT'),
  ('english', 'ENG'),
  ('estonian', 'EST'),
  ('french', 'FRN'),
  ('german', 'GER'),
  ('greek', 'GRE'),
  ('gujarati', 'GUJ'),
  ('hebrew', 'HEB'),
  ('hungarian', 'HGR'),
  ('hindi', 'HIN'),
  ('igbo', 'IGB'),
  ('italian', 'ITA'),
  ('japanese', 'JPN'),
  ('korean', 'KOR'),
  ('kurdish', 'KUR'),
  ('lithuanian', 'LIT'),
  ('latvian', 'LTV'),
  ('malayalam', 'MLM'),
  ('maltese', 'MLT'),
  ('nepali', 'NEP'),
  ('pashto', 'PAS'),
  ('panjabi', 'PNJ'),
  ('polish', 'POL'),
  ('portuguese', 'POR'),
  ('persian', 'PRS'),
  ('farsi', 'PRS'),
  ('romanian', 'RMN'),
  ('russian', 'RUS'),
  ('shona', 'SHO'),
  ('slovak', 'SLO'),
  ('sinhala', 'SNH'),
  ('somali', 'SOM'),
  ('spanish', 'SPA'),
  ('swahili', 'SWA'),
  ('tamil', 'TAM'),
  ('telugu', 'TEL'),
  ('tagalog', 'TGL'),
  ('filipino', 'TGL'),
  ('tigrinya', 'TGR'),
  ('turkish', 'TUR'),
  ('ukrainian', 'UKR'),
  ('urdu', 'URD'),
  ('vietnamese', 'VIE'),
  ('yoruba', 'YOR'),
  ('cymraeg', 'CYM'),
  ('punjabi', 'PNJ'),
  ('mandarin', 'CHI'),
  ('cantonese', 'CHI'),
  ('bsl', 'BSL'),
  ('sign language', 'BSL'),
  ('polski', 'POL'),
  ('bangla', 'BNG'),
  ('sylheti', 'BNG');

update family_member m
   set preferred_language = coalesce(
         (select n.code
            from census_language_name n
           where position(n.name in lower(m.preferred_language)) > 0
           order by position(n.name in lower(m.preferred_language)), length(n.name) desc
           limit 1),
         'OTB')
 where m.preferred_language is not null and btrim(m.preferred_language) <> '';

update family_member set preferred_language = null where btrim(preferred_language) = '';
