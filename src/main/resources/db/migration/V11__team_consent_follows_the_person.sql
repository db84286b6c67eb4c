-- Consent follows the person, not the role typed in. A team membership that needs no consent
-- stands only for staff of the child's own school in a school role, for someone on the child's own
-- family record (whose information is not limited) as parent or carer, and for the child's own
-- account as the child. Every other membership that was let in without consent waits for the
-- family's consent again; its version moves on, so that an edit made from an older copy is a
-- conflict.
update team_member tm
   set consent = 'PENDING',
       version = tm.version + 1
  from child c
 where c.id = tm.child_id
   and tm.consent = 'NOT_NEEDED'
   and tm.user_id is not null
   and not (
         (tm.role in ('SENCO', 'CLASS_TEACHER', 'TEACHING_ASSISTANT')
          and exists (select 1
                        from user_role r
                       where r.user_id = tm.user_id
                         and r.organisation_id = c.school_id
                         and r.role in ('SENCO', 'HEAD', 'TEACHER', 'SCHOOL_ADMIN')))
      or (tm.role = 'PARENT_CARER'
          and exists (select 1
                        from family_member f
                       where f.child_id = tm.child_id
                         and f.user_id = tm.user_id
                         and not f.information_limited))
      or (tm.role = 'CHILD' and c.user_id = tm.user_id)
   );
