-- The deadline module's own calendar: England and Wales bank holidays, loaded from a file in the
-- GOV.UK bank-holidays format (the shipped one at first start, later ones by an administrator).

create table deadline_bank_holiday (
    day   date primary key,
    title varchar(200) not null
);

-- One row: which whole years the holidays above cover, and where they came from.
create table deadline_calendar (
    id         smallint primary key check (id = 1),
    first_year integer not null,
    last_year  integer not null check (last_year >= first_year),
    source     varchar(200) not null,
    loaded_by  varchar(200) not null,
    loaded_at  timestamp with time zone not null,
    version    bigint not null
);
