-- The authority's overview (issue 19, part 2) counts the children on SEN support and with plans of
-- an authority's schools, by school and need, and reads each plan's dates for annual reviews
-- overdue. Over 60,000 children (bench/), a scan of them all was the most of each query; this
-- index holds only the children with special educational needs (about 1 in 5), with what the
-- overview reads, so that those counts are an index-only scan of it.
create index child_with_sen on child (sen_status, school_id) include (primary_need, date_of_birth)
  where sen_status in ('K', 'E');
