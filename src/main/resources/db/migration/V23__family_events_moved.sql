-- The family moved out of child into its own module: an invitation to a family member still
-- waiting to be mailed names the event's new class (in its type and in its listener's id), so that
-- it is sent after the upgrade.
update event_publication
   set event_type = 'org.goldenthread.family.FamilyMemberInvited',
       listener_id = replace(listener_id, 'org.goldenthread.child.FamilyMemberInvited',
                             'org.goldenthread.family.FamilyMemberInvited')
 where event_type = 'org.goldenthread.child.FamilyMemberInvited';
