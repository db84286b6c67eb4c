-- A view said as a picture, a drawing or a recording (issue 17, part 1): the file is a document of
-- the child's, kept by the documents module; the view links it.
alter table voice_view add column document_id uuid;

-- Such a file is a document of its own kind: not evidence waiting for the school's response.
alter table document drop constraint document_kind_check;
alter table document add constraint document_kind_check
  check (kind in ('ASSESSMENT_REPORT', 'MEDICAL_LETTER', 'SCHOOL_REPORT', 'PARENT_EVIDENCE', 'OTHER',
                  'VIEW'));
