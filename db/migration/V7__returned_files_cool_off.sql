-- A file sent back from a batch (taken off a list, rejected by the head or by the
-- historical archive) waits luutru.retention.reconsider-after from this day before a
-- sweep lists it again; the reason stays in return_note.
alter table lt_record_file add column returned_on date;
