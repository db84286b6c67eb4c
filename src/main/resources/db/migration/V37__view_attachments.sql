-- A view said as a picture, a drawing or a recording (issue 17, part 1): the file is a document of
-- the child's, kept by the documents module; the view links it.
alter table voice_view add column document_id uuid;
