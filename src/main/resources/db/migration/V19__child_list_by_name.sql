-- Lists of children are paged in the database in name order, within a school or across an
-- authority's schools.
create index child_by_school_and_name on child (school_id, lower(family_name), lower(given_name), id);
create index child_by_name on child (lower(family_name), lower(given_name), id);
