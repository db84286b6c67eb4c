-- How a child likes to be referred to; null means "use the child's name".
alter table child add column pronouns text check (pronouns in ('SHE_HER', 'HE_HIM', 'THEY_THEM'));
