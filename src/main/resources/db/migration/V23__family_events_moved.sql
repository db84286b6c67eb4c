-- The family moved out of child into its own module: an invitation to a family member still
-- waiting to be mailed names the event's new class, so that it is sent after the upgrade.
update event_publication
   set event_type = replace(event_type, 'org.goldenthread.child.FamilyMemberInvited',
                            'org.goldenthread.family.FamilyMemberInvited'),
       serialized_event = replace(serialized_event, 'org.goldenthread.child.',
                                  'org.goldenthread.family.')
 where event_type = 'org.goldenthread.child.FamilyMemberInvited';
