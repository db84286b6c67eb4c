-- Home languages are stored as the DfE school census codes (ENG, POL, URD), not the two-letter
-- codes typed before. Codes we cannot place become NOT (not obtained): someone will ask again.
create function pg_temp.census_language(code text) returns text language sql immutable as $$
  select case lower(trim(code))
    when 'en' then 'ENG' when 'pl' then 'POL' when 'ur' then 'URD' when 'pa' then 'PNJ'
    when 'bn' then 'BNG' when 'gu' then 'GUJ' when 'ar' then 'ARA' when 'so' then 'SOM'
    when 'tr' then 'TUR' when 'fr' then 'FRN' when 'pt' then 'POR' when 'es' then 'SPA'
    when 'ro' then 'RMN' when 'lt' then 'LIT' when 'ta' then 'TAM' when 'zh' then 'CHI'
    when 'cy' then 'CYM' when 'de' then 'GER' when 'it' then 'ITA' when 'ru' then 'RUS'
    when 'uk' then 'UKR' when 'bg' then 'BUL' when 'sk' then 'SLO' when 'cs' then 'CZE'
    when 'hu' then 'HGR' when 'lv' then 'LTV' when 'sq' then 'ALB' when 'fa' then 'PRS'
    when 'ps' then 'PAS' when 'ku' then 'KUR' when 'hi' then 'HIN' when 'ne' then 'NEP'
    when 'vi' then 'VIE' when 'tl' then 'TGL' when 'yo' then 'YOR' when 'ig' then 'IGB'
    when 'sw' then 'SWA' when 'am' then 'AMR' when 'ti' then 'TGR' when 'el' then 'GRE'
    else case when trim(code) ~ '^[A-Za-z]{3}$' then upper(trim(code)) else 'NOT' end
  end
$$;

update child
set home_languages = (
  select coalesce(string_agg(code, ',' order by first), '')
  from (
    select pg_temp.census_language(part) as code, min(position) as first
    from unnest(string_to_array(home_languages, ',')) with ordinality as t(part, position)
    where trim(part) <> ''
    group by 1
  ) languages
)
where home_languages <> '';

alter table child alter column home_languages set default 'ENG';
